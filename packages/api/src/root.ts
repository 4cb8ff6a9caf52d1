import { countryRouter } from "./routers/country";
import { documentRouter } from "./routers/document";
import { meetingRouter } from "./routers/meeting";
import { organizationRouter } from "./routers/organization";
import { personRouter } from "./routers/person";
import { postRouter } from "./routers/post";
import { topicRouter } from "./routers/topic";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  meeting: meetingRouter,
  document: documentRouter,
  person: personRouter,
  country: countryRouter,
  organization: organizationRouter,
  post: postRouter,
  topic: topicRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side calls (React Server Components, tests) without HTTP. */
export const createCaller = createCallerFactory(appRouter);
