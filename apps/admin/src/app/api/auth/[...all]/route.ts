import { getAuth } from "~/server/auth";
import { isSameOriginRequest, isStateChanging } from "~/server/same-origin";

/**
 * better-auth's endpoints: sign-in, sign-out, sessions, password change, TOTP. Writes must come from the admin's
 * own pages, as for /api/trpc: checked here for every one of them (Origin present and ours), whatever better-auth's
 * own check lets through (it lets a write without Origin or cookie pass).
 */
function handler(req: Request) {
  if (isStateChanging(req) && !isSameOriginRequest(req)) {
    return Response.json(
      { message: "Cross-site request refused: send it from the Plenary admin itself.", code: "FORBIDDEN" },
      { status: 403 },
    );
  }
  return getAuth().handler(req);
}

export { handler as GET, handler as POST };
