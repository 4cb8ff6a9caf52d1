// Test helper: the error a procedure call failed with, and the field paths it names.
import { TRPCError } from "@trpc/server";

export async function trpcError(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** The field paths a BAD_REQUEST names, as the error formatter sends them to clients. */
export function pathsOf(error: TRPCError): string[] {
  const cause = error.cause as { issues?: { path: PropertyKey[] }[] } | undefined;
  return (cause?.issues ?? []).map((issue) => issue.path.map(String).join("."));
}
