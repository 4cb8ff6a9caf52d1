import { createCaller, createContext } from "@plenary/api";
import { getDb } from "@plenary/db";
import { TRPCError } from "@trpc/server";
import "~/env";
import { currentSession } from "~/server/session";

const STATUS: Partial<Record<TRPCError["code"], number>> = {
  NOT_FOUND: 404,
  BAD_REQUEST: 404,
  PRECONDITION_FAILED: 503,
};

/**
 * The editor's Preview link (opened in a new tab): asks the api for a short-lived preview link as the signed-in user
 * and sends the browser on to the public site with it. A plain link rather than a script: nothing for a popup
 * blocker to stop, and the token never passes through the page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await currentSession(request.headers);
  const headers = new Headers({ "cache-control": "private, no-store", "referrer-policy": "no-referrer" });
  for (const cookie of session.setCookies) headers.append("set-cookie", cookie);
  if (!session.user) {
    headers.set("location", `/sign-in?next=${encodeURIComponent(`/meetings/edit/${id}`)}`);
    return new Response(null, { status: 303, headers });
  }
  try {
    const caller = createCaller(createContext({ db: getDb(), user: session.user }));
    const { url } = await caller.preview.create({ entityType: "meeting", id });
    headers.set("location", url);
    return new Response(null, { status: 303, headers });
  } catch (error) {
    const status = error instanceof TRPCError ? STATUS[error.code] : undefined;
    if (!status) throw error;
    headers.set("content-type", "text/plain; charset=utf-8");
    const message =
      error instanceof TRPCError && error.code === "PRECONDITION_FAILED"
        ? error.message
        : "No such meeting: it may have been moved to the trash.";
    return new Response(`${message}\n`, { status, headers });
  }
}
