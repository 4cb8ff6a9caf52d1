import "server-only";
import type { SessionUser } from "@plenary/api";
import { createRepositories, getDb } from "@plenary/db";
import { ABSOLUTE_SESSION_MS } from "~/lib/auth-policy";
import { getAuth } from "./auth";

export interface CurrentSession {
  /** The signed-in, enabled user; null for anonymous requests, expired sessions and disabled users. */
  user: SessionUser | null;
  /** Cookies better-auth refreshed (the idle timeout moves forward); forward them on the response. */
  setCookies: string[];
}

/**
 * Who sent this request. better-auth checks the session row (and its idle expiry); this adds what it has no
 * option for: the absolute timeout, and User.role / User.disabledAt read fresh from our own columns.
 */
export async function currentSession(headers: Headers): Promise<CurrentSession> {
  const { headers: responseHeaders, response } = await getAuth().api.getSession({
    headers,
    query: { disableCookieCache: true },
    returnHeaders: true,
  });
  const setCookies = responseHeaders?.getSetCookie() ?? [];
  if (!response) return { user: null, setCookies };
  const repos = createRepositories(getDb());
  if (Date.now() - new Date(response.session.createdAt).getTime() > ABSOLUTE_SESSION_MS) {
    await repos.users.endSession(response.session.token);
    return { user: null, setCookies };
  }
  const owner = await repos.users.sessionOwner(response.user.id);
  if (!owner || owner.disabledAt) return { user: null, setCookies };
  return { user: { id: owner.id, email: owner.email, name: owner.name, role: owner.role }, setCookies };
}

export async function currentUser(headers: Headers): Promise<SessionUser | null> {
  return (await currentSession(headers)).user;
}
