import { getAuth } from "~/server/auth";

/** better-auth's endpoints: sign-in, sign-out, sessions, password change, TOTP. It checks Origin on writes. */
function handler(req: Request) {
  return getAuth().handler(req);
}

export { handler as GET, handler as POST };
