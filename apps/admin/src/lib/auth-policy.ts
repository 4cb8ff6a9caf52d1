// Session lifetimes, shared by the auth server and the session check.

/** A session unused for this long expires (idle timeout). */
export const IDLE_SESSION_MS = 2 * 60 * 60_000;
/** A session ends this long after sign-in however active it is (absolute timeout). */
export const ABSOLUTE_SESSION_MS = 12 * 60 * 60_000;
