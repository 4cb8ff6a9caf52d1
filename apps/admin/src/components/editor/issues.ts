// Field problems from the domain schema (client-side) and from the api (rules, uniqueness), keyed by path.
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

export const humanize = (value: string) => value.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
