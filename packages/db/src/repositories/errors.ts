import type { RuleIssue } from "@plenary/domain";

/** Repositories speak in these; the api turns them into NOT_FOUND, CONFLICT and BAD_REQUEST. */
export class RecordNotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`No ${entity} ${key} exists (or it is in the trash).`);
  }
}

/** A save that started from an older version than the stored one: nothing was written. */
export class VersionConflictError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
    /** The stored record as it is now, so the editor can compare and choose per field. */
    readonly current: unknown,
  ) {
    super(
      `This ${entity} was changed by someone else (now version ${currentVersion}; your edit started from version ` +
        `${expectedVersion}). Nothing was saved: compare the two and save again.`,
    );
  }
}

/** Domain rules found errors: nothing was written. Warnings travel with successful results instead. */
export class RuleViolationError extends Error {
  constructor(readonly issues: RuleIssue[]) {
    super(
      issues
        .filter((issue) => issue.severity === "error")
        .map((issue) => issue.message)
        .join(" "),
    );
  }
}

/**
 * A unique constraint refused a write (e.g. a slug already taken). Returns the fields involved, or null for any
 * other error. Through driver adapters Prisma reports only the index, named `<Table>_<field>_<field>_key`.
 */
export function isUniqueViolation(error: unknown): { fields: string[] } | null {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002")
    return null;
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {};
  if (Array.isArray(meta.target)) return { fields: meta.target.map(String) };
  const cause = (
    meta.driverAdapterError as {
      cause?: { table?: string; constraint?: { index?: string; fields?: string[] } };
    }
  )?.cause;
  if (cause?.constraint?.fields)
    return { fields: cause.constraint.fields.map((field) => field.replace(/"/g, "")) };
  const index = cause?.constraint?.index;
  if (index && cause?.table && index.startsWith(`${cause.table}_`) && index.endsWith("_key")) {
    return { fields: index.slice(cause.table.length + 1, -"_key".length).split("_") };
  }
  return { fields: ["value"] };
}

/**
 * A foreign key refused a write: the input named a record that does not exist (a made-up or purged id), or a
 * removal would leave others pointing at nothing. Returns the field of the constraint, read from its name
 * `<Table>_<field>_fkey`, or null for any other error.
 */
export function isForeignKeyViolation(error: unknown): { field: string } | null {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2003")
    return null;
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {};
  const cause = (meta.driverAdapterError as { cause?: { constraint?: { index?: string } } } | undefined)
    ?.cause;
  const constraint =
    cause?.constraint?.index ??
    (typeof meta.constraint === "string" ? meta.constraint : undefined) ??
    (typeof meta.field_name === "string" ? meta.field_name : undefined) ??
    /constraint: `([^`]+)`/.exec(String((error as { message?: unknown }).message))?.[1];
  const field = constraint && /^[A-Za-z]+_(\w+?)_fkey/.exec(constraint)?.[1];
  return { field: field || "id" };
}
