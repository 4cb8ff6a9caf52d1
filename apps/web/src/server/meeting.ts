import "server-only";
import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { api } from "./api";
import { previewedMeeting } from "./preview";
import { readMeeting } from "./public-reads";
import type { MeetingDetail } from "~/lib/types";

export type MeetingLookup =
  | { kind: "found"; detail: MeetingDetail; preview: boolean }
  | { kind: "moved"; slug: string }
  | { kind: "missing" };

/**
 * Finds a published meeting by slug; a renamed meeting resolves to its current slug. In preview (see preview.ts) the
 * meeting the preview token names is found whatever its status. Cached per request so that the page and its
 * metadata share one query.
 */
export const findMeeting = cache(async (slug: string): Promise<MeetingLookup> => {
  const previewed = await previewedMeeting(slug);
  if (previewed) return { kind: "found", detail: previewed, preview: true };
  try {
    return { kind: "found", detail: await readMeeting(slug), preview: false };
  } catch (error) {
    if (!(error instanceof TRPCError && error.code === "NOT_FOUND")) throw error;
  }
  const current = await api().meeting.redirect({ slug });
  return current && current !== slug ? { kind: "moved", slug: current } : { kind: "missing" };
});
