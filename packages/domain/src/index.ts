// Common value types and helpers
export * from "./common/id";
export * from "./common/partial-date";
export * from "./common/date-range";
export * from "./common/localized-text";
export * from "./common/source";
export * from "./common/identifier";
export * from "./common/slug";
export * from "./common/record";
export * from "./common/record-diff";

// Entities
export * from "./entities/country";
export * from "./entities/organization";
export * from "./entities/org-membership";
export * from "./entities/person";
export * from "./entities/post";
export * from "./entities/occupancy";
export * from "./entities/meeting-series";
export * from "./entities/meeting";
export * from "./entities/participation";
export * from "./entities/document";
export * from "./entities/document-relation";
export * from "./entities/document-text";
export * from "./entities/document-action";
export * from "./entities/outcome-tally";
export * from "./entities/chairmanship";
export * from "./entities/speech";
export * from "./entities/topic";
export * from "./entities/user";
export * from "./entities/revision";
export * from "./entities/meeting-record";
export * from "./entities/meeting-export";

// Three-way merge of a meeting record (a stale save)
export * from "./merge/merge-meeting-record";
export { describeMergeValue, fieldLabel, referencedIds, type LabelledKind, type MergeNameKind, type MergeNames } from "./merge/merge-text";

// Rules (DOMAIN.md "Rules" 1–9)
export * from "./rules/rule-issue";
export * from "./rules/dates";
export * from "./rules/occupancy-covers-meeting";
export * from "./rules/chair";
export * from "./rules/category-membership";
export * from "./rules/terms-overlap";
export * from "./rules/tally-count";
export * from "./rules/publishable";
export * from "./rules/slugs";
export * from "./rules/unique-participants";
export * from "./rules/check-meeting";

// Display
export * from "./display/labels";
export * from "./display/tally-label";
export * from "./display/record-kinds";
export * from "./display/adoption-action";
export * from "./display/participant-line";
export * from "./display/person-name";
export * from "./reader";
