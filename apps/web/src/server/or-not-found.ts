import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** The record a public procedure returns, or this locale's 404 page when it is not public. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
