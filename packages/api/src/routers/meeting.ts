import { CreateMeetingInput, MeetingRecordInput, UpdateMeetingInput } from "@plenary/domain";
import { IdInput, PageInput, SlugInput, VersionedIdInput } from "../inputs";
import { revalidatePublicSite } from "../revalidate";
import { editorProcedure, protectedProcedure, publicProcedure, router } from "../trpc";

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
  /** Saves the whole record in one transaction from the version it started from; rule warnings come back. */
  saveRecord: editorProcedure.input(MeetingRecordInput).mutation(async ({ ctx, input }) => {
    const result = await ctx.repos.meetingRecords.save(input, { authorId: ctx.user.id });
    // An edit of a published meeting changes public pages at once.
    if (result.record.status === "published") {
      await revalidatePublicSite(
        ctx.repos.revalidationOutbox,
        (await ctx.repos.publishing.revalidation("meeting", result.record.id)).tags,
      );
    }
    return result;
  }),

  create: editorProcedure
    .input(CreateMeetingInput)
    .mutation(({ ctx, input }) => ctx.repos.meetings.create(input, { authorId: ctx.user.id })),
  update: editorProcedure
    .input(UpdateMeetingInput)
    .mutation(({ ctx, input }) => ctx.repos.meetings.update(input, { authorId: ctx.user.id })),
  publish: editorProcedure
    .input(VersionedIdInput)
    .mutation(({ ctx, input }) =>
      ctx.repos.meetings.setStatus(input.id, input.version, "published", { authorId: ctx.user.id }),
    ),
  unpublish: editorProcedure
    .input(VersionedIdInput)
    .mutation(({ ctx, input }) =>
      ctx.repos.meetings.setStatus(input.id, input.version, "draft", { authorId: ctx.user.id }),
    ),
  trash: editorProcedure
    .input(VersionedIdInput)
    .mutation(({ ctx, input }) =>
      ctx.repos.meetings.trash(input.id, input.version, { authorId: ctx.user.id }),
    ),
  restore: editorProcedure
    .input(VersionedIdInput)
    .mutation(({ ctx, input }) =>
      ctx.repos.meetings.restore(input.id, input.version, { authorId: ctx.user.id }),
    ),
});
