import { MeetingNewRecords, MeetingRecordInput } from "@plenary/domain";
import { z } from "zod";
import { IdInput, PageInput, Slug, SlugInput } from "../inputs";
import { keysetCursor, PageLimit } from "../keyset-cursor";
import { editorProcedure, protectedProcedure, publicProcedure, router } from "../trpc";

/**
 * The record, and the records made in the editor (people, countries, organizations, topics, posts and posts held)
 * that its save creates first, in the same transaction: each with the temporary id (`tempId`) the record and the
 * other new records refer to it by until it is saved.
 */
const SaveRecordInput = MeetingRecordInput.extend({ newRecords: MeetingNewRecords.optional() });

/** Where the next page of meetings starts: the last meeting's start date and id. */
const meetingCursor = keysetCursor(
  z.object({ startDate: z.string().max(10).nullable(), id: z.string().min(1).max(40) }),
);

/** A page of the JSON API's meeting list: filters and where to start. */
export const MeetingPageInput = z.object({
  limit: PageLimit,
  cursor: meetingCursor.Cursor.optional(),
  year: z.int().min(1000).max(9999).optional(),
  organization: Slug.optional(),
  country: Slug.optional(),
});

export const meetingRouter = router({
  /**
   * Published meetings newest first, a page at a time by keyset (`nextCursor` asks for the following page; null on
   * the last), filtered by start year, organization (the body or its parent) and country (host or represented).
   */
  page: publicProcedure.input(MeetingPageInput).query(async ({ ctx, input }) => {
    const { cursor, ...query } = input;
    const { items, next } = await ctx.repos.meetings.publicPage({ ...query, after: cursor ?? null });
    return { items, nextCursor: next ? meetingCursor.cursorOf(next) : null };
  }),
  /** Published meetings, newest first. */
  list: publicProcedure.input(PageInput).query(({ ctx, input }) => ctx.repos.meetings.list("public", input)),
  /** Everything a public meeting page shows. */
  bySlug: publicProcedure
    .input(SlugInput)
    .query(({ ctx, input }) => ctx.repos.meetings.detailBySlug(input.slug, "public")),
  /** The current slug of a renamed meeting, for redirects; null when unknown. */
  redirect: publicProcedure
    .input(SlugInput)
    .query(({ ctx, input }) => ctx.repos.meetings.currentSlug(input.slug)),

  /** Drafts included: the editor's list. */
  listAll: protectedProcedure
    .input(PageInput)
    .query(({ ctx, input }) => ctx.repos.meetings.list("editor", input)),
  byId: protectedProcedure
    .input(IdInput)
    .query(({ ctx, input }) => ctx.repos.meetings.detailById(input.id, "editor")),
  /** Drafts included, by the address the admin shows. */
  bySlugAll: protectedProcedure
    .input(SlugInput)
    .query(({ ctx, input }) => ctx.repos.meetings.detailBySlug(input.slug, "editor")),
  /** The whole meeting as one editable record: what the meeting editor loads and `saveRecord` takes back. */
  record: protectedProcedure
    .input(IdInput)
    .query(({ ctx, input }) => ctx.repos.meetingRecords.load(input.id)),
  /**
   * Creates (no `id`) or saves the whole record in one transaction from the version it started from; rule warnings
   * come back. The one way to write a meeting's content: publishing, the trash and restoring a version have their
   * own procedures (publishing, trash, revision), each one service.
   */
  saveRecord: editorProcedure
    .input(SaveRecordInput)
    .mutation(({ ctx, input: { newRecords, ...record } }) =>
      ctx.repos.meetingRecords.save(record, { authorId: ctx.user.id }, newRecords),
    ),
});
