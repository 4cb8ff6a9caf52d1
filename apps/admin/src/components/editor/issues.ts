// Field problems from the domain schema (client-side) and from the api (rules, uniqueness), keyed by path.
import { fieldLabel } from "@plenary/domain";
import type { ZodError } from "zod";

export interface FieldProblem {
  path: (string | number)[];
  message: string;
  severity: "error" | "warning";
}

export type ProblemMap = Map<string, FieldProblem[]>;

export const pathKey = (path: readonly (string | number)[]) => path.join(".");
/** The id of the input a path belongs to, so the summary can link to it. */
export const fieldId = (path: readonly (string | number)[]) => `field-${path.join("-")}`;

export function problemMap(problems: FieldProblem[]): ProblemMap {
  const map: ProblemMap = new Map();
  for (const problem of problems) {
    const key = pathKey(problem.path);
    map.set(key, [...(map.get(key) ?? []), problem]);
  }
  return map;
}

export function fromZod(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((s): s is string | number => typeof s !== "symbol"),
    message: issue.message,
    severity: "error" as const,
  }));
}

/** The problems a tRPC error carries (`data.issues`, from the api's error formatter). */
export function fromTrpcError(error: unknown): FieldProblem[] {
  const issues = (error as { data?: { issues?: FieldProblem[] } } | null)?.data?.issues;
  return issues ?? [];
}

/**
 * react-hook-form's nested errors as the flat problems the fields and the error summary show. A server problem set
 * with type "warning" stays a warning; `root` (the form-wide message) is left to the form.
 */
export function fromFormErrors(errors: object, path: (string | number)[] = []): FieldProblem[] {
  const found: FieldProblem[] = [];
  for (const [key, node] of Object.entries(errors)) {
    if (
      !node ||
      typeof node !== "object" ||
      key === "ref" ||
      key === "types" ||
      (key === "root" && !path.length)
    )
      continue;
    const at = [...path, key];
    const { message, type } = node as { message?: unknown; type?: unknown };
    if (typeof message === "string" && message)
      found.push({ path: at, message, severity: type === "warning" ? "warning" : "error" });
    found.push(...fromFormErrors(node, at));
  }
  return found;
}

export const humanize = (value: string) => value.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());

/**
 * Where a problem is, in the editor's words: ["sources"] → "Sources", ["participations", 0, "personId"] →
 * "Participants › 1 › Person"; the whole record when the path is empty.
 */
export function pathLabel(path: readonly (string | number)[], whole = "Meeting"): string {
  if (!path.length) return whole;
  return path.map((part) => (typeof part === "number" ? String(part + 1) : fieldLabel(part))).join(" › ");
}
