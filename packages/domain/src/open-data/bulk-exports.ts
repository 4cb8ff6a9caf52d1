import { z } from "zod";

// The whole published dataset as downloadable files, written again after each publication rather than built per
// request: `GET /api/v1/exports` lists the versions, `GET /api/v1/exports/{name}` serves one file. A file is named
// after its content (`plenary-popolo-<sha256 prefix>.json`), so an address always gives the same bytes.

/** What each bulk file holds. */
export const BulkExportKind = z.enum(["popolo", "meetings-csv", "participants-csv", "documents-csv"]);
export type BulkExportKind = z.infer<typeof BulkExportKind>;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** One file of a version. */
export const BulkExportFile = z.object({
  kind: BulkExportKind,
  /** The file name, `plenary-<kind>-<first 16 hex digits of sha256>.<json|csv>`; download from `url`. */
  name: z.string().regex(/^plenary-[a-z-]+-[0-9a-f]{16}\.(json|csv)$/),
  url: z.string().regex(/^\/api\/v1\/exports\/plenary-[a-z-]+-[0-9a-f]{16}\.(json|csv)$/),
  contentType: z.string().min(1),
  bytes: z.int().min(0),
  sha256: Sha256,
  /** Meetings in the Popolo file and meetings.csv; rows (without the header) in the other CSV files. */
  records: z.int().min(0),
});
export type BulkExportFile = z.infer<typeof BulkExportFile>;

/** The files written from one state of the published records. */
export const BulkExportVersion = z.object({
  /** The first 16 hex digits of the sha256 of the files' sha256s: the same records give the same version. */
  version: z.string().regex(/^[0-9a-f]{16}$/),
  generatedAt: z.iso.datetime(),
  files: z.array(BulkExportFile),
});
export type BulkExportVersion = z.infer<typeof BulkExportVersion>;

/** `GET /api/v1/exports`: the current version first, then the earlier ones still kept for download. */
export const BulkExportManifest = z.object({
  current: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .nullable(),
  /** How long an earlier version stays downloadable after a newer one replaces it. */
  retentionDays: z.number().positive(),
  versions: z.array(BulkExportVersion),
});
export type BulkExportManifest = z.infer<typeof BulkExportManifest>;
