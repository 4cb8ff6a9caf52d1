import "server-only";
import { TRPCError } from "@trpc/server";
import { cookies, draftMode } from "next/headers";
import type { MeetingDetail } from "~/lib/types";
import { api } from "./api";

/** Holds the preview token after GET /api/preview: httpOnly, so no script on the site can read or forward it. */
export const PREVIEW_COOKIE = "plenary_preview";

/**
 * The meeting the preview token names, drafts included, read fresh (never through the tag cache, so draft data
 * never enters what the public is served). Only when draft mode is on, the cookie's token still verifies, and it
 * names the meeting at this address: any other page, and every other visitor, gets the public read.
 */
export async function previewedMeeting(slug: string): Promise<MeetingDetail | null> {
  if (!(await draftMode()).isEnabled) return null;
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value;
  if (!token) return null;
  const detail = await readPreview(token);
  return detail?.meeting.slug === slug ? detail : null;
}

/** The meeting a preview token names; null when the token is refused (forged, expired) or the meeting is gone. */
export async function readPreview(token: string): Promise<MeetingDetail | null> {
  try {
    return await api().preview.meeting({ token });
  } catch (error) {
    if (error instanceof TRPCError && ["UNAUTHORIZED", "NOT_FOUND", "BAD_REQUEST"].includes(error.code))
      return null;
    throw error;
  }
}
