import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import { fromTrpcError } from "./editor/issues";

/**
 * Puts the api's field issues (tRPC `data.issues`, zod's and the repositories') at the form fields they concern,
 * focusing the first; an issue of another field, or an error without issues, becomes the form-wide `root.server`.
 */
export function setServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  fields: Partial<Record<string, FieldPath<T>>>,
): void {
  const issues = fromTrpcError(error);
  const done = new Set<string>();
  let rest: string | undefined;
  for (const issue of issues) {
    const name = fields[String(issue.path[0])];
    if (!name) rest ??= issue.message;
    else if (!done.has(name)) {
      setError(name, { type: "server", message: issue.message }, { shouldFocus: done.size === 0 });
      done.add(name);
    }
  }
  if (!issues.length) rest = (error as Error | null)?.message ?? "Something went wrong.";
  if (rest) setError("root.server", { type: "server", message: rest });
}
