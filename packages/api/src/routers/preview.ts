import { Id } from "@plenary/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { PreviewEntityType, previewSettings, signPreviewToken, verifyPreviewToken } from "../preview-token";
import { protectedProcedure, publicProcedure, router } from "../trpc";

const PreviewTokenInput = z.object({ token: z.string().min(1).max(1000) });

/**
 * Preview links: the admin asks for one (any signed-in user: viewers may read drafts in the admin already), the
 * public site opens it. The token is the only credential the site sees, so the draft read checks it here, inside
 * the procedure: without a valid, unexpired token for that very record no caller reaches a draft.
 */
export const previewRouter = router({
  /**
   * A link to the public site, valid for about ten minutes, that shows the saved record as it will be published.
   * A query: signing stores nothing, so viewers, who never write, may ask for one too.
   */
  create: protectedProcedure
    .input(z.object({ entityType: PreviewEntityType, id: Id }))
    .query(async ({ ctx, input }) => {
      const { secret, webUrl } = previewSettings();
      if (!secret || !webUrl) {
        throw new TRPCError({
          code: "PRECONDITION_FAILED",
          message:
            "Preview needs the public site: set PLENARY_WEB_URL and PLENARY_REVALIDATE_SECRET (pnpm start sets both).",
        });
      }
      // Refuses a meeting that is gone or in the trash before any link exists.
      await ctx.repos.meetings.previewById(input.id);
      const { token, expiresAt } = signPreviewToken(secret, input);
      const url = new URL("/api/preview", webUrl);
      url.searchParams.set("token", token);
      return { url: url.href, expiresAt };
    }),

  /** The meeting the token names, drafts and their draft documents included, as its public page will show it. */
  meeting: publicProcedure.input(PreviewTokenInput).query(({ ctx, input }) => {
    const { secret } = previewSettings();
    const claims = secret ? verifyPreviewToken(secret, input.token) : null;
    if (!claims || claims.entityType !== "meeting") {
      throw new TRPCError({
        code: "UNAUTHORIZED",
        message: "This preview link is not valid or has expired: open the preview again from the editor.",
      });
    }
    return ctx.repos.meetings.previewById(claims.id);
  }),
});
