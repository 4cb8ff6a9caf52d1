import { MeetingNewRecords, MeetingRecordInput } from "@plenary/domain";
import { IdInput, PageInput, SlugInput } from "../inputs";
import { editorProcedure, protectedProcedure, publicProcedure, router } from "../trpc";

/**
 * The record, and the records made in the editor (people, countries, organizations, topics, posts and posts held)
 * that its save creates first, in the same transaction: each with the temporary id (`tempId`) the record and the
 * other new records refer to it by until it is saved.
 */
const SaveRecordInput = MeetingRecordInput.extend({ newRecords: MeetingNewRecords.optional() });

export const meetingRouter = router({
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
