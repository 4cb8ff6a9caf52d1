import { appRouter, createContext } from "@plenary/api";
import { getDb } from "@plenary/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import "~/env";

/** The api over HTTP for the admin's client components. */
function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // Anonymous until sign-in lands (a later issue): only public procedures answer, so the admin shows published
    // meetings for now; the session user will be passed here.
    createContext: () => createContext({ db: getDb(), user: null }),
    onError({ path, error, type }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${type} ${path ?? "(unknown path)"} failed:`, error);
    },
  });
}

export { handler as GET, handler as POST };
