// The only place that calls initTRPC: the router factory, the procedures by access level, the caller factory.
import { initTRPC, TRPCError } from "@trpc/server";
import { roleMay, type AccessLevel, type RuleIssue } from "@plenary/domain";
import {
  RecordNotFoundError,
  RuleViolationError,
  VersionConflictError,
  isForeignKeyViolation,
  isUniqueViolation,
} from "@plenary/db";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Context } from "./context";
import { deliverRevalidations } from "./revalidate";
import { assertStorableText } from "./storable-text";

/** A problem at a field of the input, in the shape forms show next to the field. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  code: string;
  severity: "error" | "warning";
}

/** What every procedure declares: the access level its middleware enforces (read by `procedureAccess`). */
export interface ProcedureMeta {
  access: AccessLevel;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      let issues: FieldIssue[] | undefined;
      if (cause instanceof ZodError) {
        issues = cause.issues.map((issue) => ({
          path: issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment)),
          message: issue.message,
          code: issue.code,
          severity: "error",
        }));
      } else if (cause instanceof RuleViolationError) {
        issues = cause.issues.map((issue: RuleIssue) => ({ ...issue }));
      }
      const conflict =
        cause instanceof VersionConflictError
          ? {
              currentVersion: cause.currentVersion,
              expectedVersion: cause.expectedVersion,
              current: cause.current,
            }
          : undefined;
      return { ...shape, data: { ...shape.data, issues, conflict } };
    },
  });

/**
 * Repositories report what went wrong in domain terms; this is where those become HTTP-meaningful tRPC errors.
 * Every such error means nothing was written (repositories write in one transaction).
 */
const translateErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof RecordNotFoundError) {
    throw new TRPCError({ code: "NOT_FOUND", message: cause.message, cause });
  }
  if (cause instanceof VersionConflictError) {
    throw new TRPCError({ code: "CONFLICT", message: cause.message, cause });
  }
  if (cause instanceof RuleViolationError) {
    throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  }
  const unique = isUniqueViolation(cause);
  if (unique) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Another record already uses this ${unique.fields.join(", ")}.`,
      cause: new RuleViolationError(
        unique.fields.map((field) => ({
          rule: "unique",
          code: "unique_violation",
          severity: "error",
          path: [field],
          message: `Another record already uses this ${field}.`,
        })),
      ),
    });
  }
  const reference = isForeignKeyViolation(cause);
  if (reference) {
    const message = `The record named by ${reference.field} does not exist, or other records still refer to this one.`;
    throw new TRPCError({
      code: "BAD_REQUEST",
      message,
      cause: new RuleViolationError([
        { rule: "reference", code: "missing_reference", severity: "error", path: [reference.field], message },
      ]),
    });
  }
  return result;
});

/** Text PostgreSQL cannot store (NUL, broken surrogates) is refused as bad input, naming the field. */
const storableText = t.middleware(async ({ getRawInput, next }) => {
  try {
    assertStorableText(await getRawInput());
  } catch (error) {
    if (error instanceof ZodError)
      throw new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
    throw error;
  }
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

const base = t.procedure.use(translateErrors);

const signedIn = base.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * After a write commits, the public site is told which cached pages it made stale. The write stored that request in
 * its own transaction; this delivers it (and any earlier one still pending) before the editor gets the answer, so
 * the page they open next is fresh. Delivery failures are retried later and never fail the write.
 */
const refreshPublicSite = signedIn.use(async ({ ctx, type, next }) => {
  const result = await next();
  if (type === "mutation" && result.ok) {
    await deliverRevalidations(ctx.repos.revalidationOutbox).catch((error: unknown) =>
      console.error("Revalidation delivery failed; it will be retried", error),
    );
  }
  return result;
});

const editor = refreshPublicSite.use(({ ctx, next }) => {
  if (!roleMay(ctx.user.role, "editor")) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Your role can read but not change records." });
  }
  return next();
});

const admin = refreshPublicSite.use(({ ctx, next }) => {
  if (!roleMay(ctx.user.role, "admin"))
    throw new TRPCError({ code: "FORBIDDEN", message: "Only admins can do this." });
  return next();
});

// Access is checked first, then the input's text, then (in `.input`) its shape.

/** Anyone: reads of published records only. */
export const publicProcedure = base.use(storableText).meta({ access: "public" });

/** Any signed-in, enabled user (viewers included): the admin's reads. */
export const protectedProcedure = signedIn.use(storableText).meta({ access: "signedIn" });

/** Editors and admins: every content write. */
export const editorProcedure = editor.use(storableText).meta({ access: "editor" });

/** Admins only: users, purging the trash. */
export const adminProcedure = admin.use(storableText).meta({ access: "admin" });
