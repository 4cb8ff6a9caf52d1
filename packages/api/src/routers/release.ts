import { TRPCError } from "@trpc/server";
import { MAX_RELEASE_BYTES, ReaderError, ReleaseDraftInput } from "@plenary/domain";
import { z } from "zod";
import { editorProcedure, router } from "../trpc";

/** The release as pasted or uploaded; size is checked in bytes by the reader, this only bounds the request. */
const ReleaseText = z.object({
  text: z.string().max(MAX_RELEASE_BYTES + 1, { error: "The text is over 1 MB." }),
});

/** Issue 5: a press release becomes a reviewed draft meeting. Nothing is written until `createDraft`. */
export const releaseRouter = router({
  /** The proposed record with evidence spans and confidences, and the draft accepting it as it stands. */
  read: editorProcedure.input(ReleaseText).mutation(async ({ ctx, input }) => {
    try {
      return await ctx.repos.releases.read(input.text);
    } catch (error) {
      if (error instanceof ReaderError)
        throw new TRPCError({ code: "BAD_REQUEST", message: error.message, cause: error });
      throw error;
    }
  }),
  /** Saves the reviewed draft — new people and posts, the draft meeting, its evidence — in one transaction. */
  createDraft: editorProcedure
    .input(z.object({ draft: ReleaseDraftInput }))
    .mutation(({ ctx, input }) => ctx.repos.releases.createDraft(input.draft, { authorId: ctx.user.id })),
});
