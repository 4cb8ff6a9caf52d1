export {
  DEFAULT_ARCHIVE_OPTIONS,
  GENERATED_ID_PREFIX,
  planArchive,
  type ArchiveOptions,
} from "./archive-plan";
export {
  countEditedRecords,
  generateArchive,
  GenerateRefusedError,
  removeGeneratedArchive,
  type StepLog,
} from "./generated-archive";
