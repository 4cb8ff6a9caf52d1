import "server-only";
import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { api } from "./api";
import { readMeeting } from "./public-reads";
import type { MeetingDetail } from "~/lib/types";

export type MeetingLookup =
  { kind: "found"; detail: MeetingDetail } | { kind: "moved"; slug: string } | { kind: "missing" };

/**
 * Finds a published meeting by slug; a renamed meeting resolves to its current slug. Cached per request so that
 * the page and its metadata share one query.
 */
export const findMeeting = cache(async (slug: string): Promise<MeetingLookup> => {
  try {
    return { kind: "found", detail: await readMeeting(slug) };
  } catch (error) {
    if (!(error instanceof TRPCError && error.code === "NOT_FOUND")) throw error;
  }
  const current = await api().meeting.redirect({ slug });
  return current && current !== slug ? { kind: "moved", slug: current } : { kind: "missing" };
});
