import "server-only";
import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { api } from "./api";
import type { RecordLookup } from "./or-not-found";
import { previewedMeeting } from "./preview";
import { readMeeting } from "./public-reads";
import type { MeetingDetail } from "~/lib/types";

export type MeetingLookup = RecordLookup<{ detail: MeetingDetail; preview: boolean }>;

/**
 * Finds a published meeting by slug; a renamed meeting resolves to its current slug. In preview (see preview.ts) the
 * meeting the preview token names is found whatever its status. Cached per request so that the page and its
 * metadata share one query; like `findRecord`, it never redirects (the page does, with `recordOrRedirect`).
 */
export const findMeeting = cache(async (slug: string): Promise<MeetingLookup> => {
  const previewed = await previewedMeeting(slug);
  if (previewed) return { kind: "found", record: { detail: previewed, preview: true } };
  try {
    return { kind: "found", record: { detail: await readMeeting(slug), preview: false } };
  } catch (error) {
    if (!(error instanceof TRPCError && error.code === "NOT_FOUND")) throw error;
  }
  const current = await api().meeting.redirect({ slug });
  return current && current !== slug ? { kind: "moved", slug: current } : { kind: "missing" };
});
