import { appRouter, createContext } from "@plenary/api";
import { getDb } from "@plenary/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import "~/env";
import { isSameOriginRequest, isStateChanging } from "~/server/same-origin";
import { currentSession } from "~/server/session";

/** The api over HTTP for the admin's client components, as the user of the request's session. */
async function handler(req: Request) {
  if (isStateChanging(req) && !isSameOriginRequest(req)) {
    return Response.json(
      {
        error: {
          message: "Cross-site request refused: send it from the Plenary admin itself.",
          code: "FORBIDDEN",
        },
      },
      { status: 403 },
    );
  }
  const session = await currentSession(req.headers);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createContext({ db: getDb(), user: session.user }),
    responseMeta: () => {
      const headers = new Headers({ "cache-control": "private, no-store" });
      for (const cookie of session.setCookies) headers.append("set-cookie", cookie);
      return { headers };
    },
    onError({ path, error, type }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`tRPC ${type} ${path ?? "(unknown path)"} failed:`, error);
    },
  });
}

export { handler as GET, handler as POST };
