import { env } from "~/env";

/** The host the request was sent to, as the browser addressed it (a reverse proxy passes it on). */
function requestedHost(req: Request): string | null {
  return req.headers.get("x-forwarded-host") ?? req.headers.get("host");
}

/**
 * The admin's own origins for this request: BETTER_AUTH_URL's when set, else the host the request was sent to
 * (over http or https: a TLS-terminating proxy may forward plain http). better-auth trusts exactly these.
 */
export function ownOrigins(req: Request): string[] {
  if (env.BETTER_AUTH_URL) return [new URL(env.BETTER_AUTH_URL).origin];
  const host = requestedHost(req);
  return host ? [`https://${host}`, `http://${host}`] : [];
}

/**
 * CSRF protection for state-changing requests: the browser's Origin must be the admin itself. Browsers always
 * send Origin on POST and a page cannot forge it; a request without one (not from a browser, or stripped) is
 * refused too.
 */
export function isSameOriginRequest(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin || origin === "null") return false;
  try {
    return ownOrigins(req).includes(new URL(origin).origin);
  } catch {
    return false;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(req: Request): boolean {
  return !SAFE_METHODS.has(req.method.toUpperCase());
}
