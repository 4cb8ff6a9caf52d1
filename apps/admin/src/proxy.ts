import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import { pageContentSecurityPolicy } from "~/server/security-headers";
import { currentSession } from "~/server/session";

const SIGN_IN = "/sign-in";

/**
 * Every admin page needs a signed-in, enabled user: anyone else goes to the sign-in page and comes back after.
 * (The data behind the pages is guarded again by the api's procedures; this keeps the pages themselves closed.)
 * Pages also get their Content-Security-Policy here, with a fresh nonce that Next puts on its own scripts.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const { user, setCookies } = await currentSession(request.headers);

  let response: NextResponse;
  const nonce = btoa(crypto.randomUUID());
  const csp = pageContentSecurityPolicy(nonce, env.NODE_ENV === "development");
  if (pathname === SIGN_IN && user) {
    response = NextResponse.redirect(new URL("/", request.url));
  } else if (pathname !== SIGN_IN && !user) {
    const target = new URL(SIGN_IN, request.url);
    target.searchParams.set("next", `${pathname}${search}`);
    response = NextResponse.redirect(target);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("content-security-policy", csp);
  for (const cookie of setCookies) response.headers.append("set-cookie", cookie);
  return response;
}

export const config = {
  // Every page, whatever its address ends with ("/meetings/x.json" too): only the api routes (they check the
  // session themselves) and Next's own files (_next/: no page can live there) skip it.
  matcher: ["/((?!api/|_next/|favicon\\.ico$).*)"],
};
