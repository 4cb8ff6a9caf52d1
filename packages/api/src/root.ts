import { auditRouter } from "./routers/audit";
import { countryRouter } from "./routers/country";
import { documentRouter } from "./routers/document";
import { lookupRouter } from "./routers/lookup";
import { meetingRouter } from "./routers/meeting";
import { membershipRouter } from "./routers/membership";
import { occupancyRouter } from "./routers/occupancy";
import { mergeRouter } from "./routers/merge";
import { organizationRouter } from "./routers/organization";
import { personRouter } from "./routers/person";
import { postRouter } from "./routers/post";
import { previewRouter } from "./routers/preview";
import { publishingRouter } from "./routers/publishing";
import { editorialReviewRouter } from "./routers/editorial-review";
import { releaseRouter } from "./routers/release";
import { revisionRouter } from "./routers/revision";
import { topicRouter } from "./routers/topic";
import { transferRouter } from "./routers/transfer";
import { trashRouter } from "./routers/trash";
import { userRouter } from "./routers/user";
import { publicPagesRouter } from "./routers/public-pages";
import { searchRouter } from "./routers/search";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  meeting: meetingRouter,
  document: documentRouter,
  person: personRouter,
  country: countryRouter,
  organization: organizationRouter,
  post: postRouter,
  topic: topicRouter,
  occupancy: occupancyRouter,
  membership: membershipRouter,
  publicPages: publicPagesRouter,
  search: searchRouter,
  revision: revisionRouter,
  audit: auditRouter,
  trash: trashRouter,
  publishing: publishingRouter,
  editorialReview: editorialReviewRouter,
  preview: previewRouter,
  release: releaseRouter,
  merge: mergeRouter,
  transfer: transferRouter,
  lookup: lookupRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side calls (React Server Components, tests) without HTTP. */
export const createCaller = createCallerFactory(appRouter);
