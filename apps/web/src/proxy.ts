import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

/**
 * Adds the locale to addresses without one (/meetings/x → /en/meetings/x, so links made before the site had
 * languages keep working) and picks the reader's language from Accept-Language on the bare home page.
 */
export default createMiddleware(routing);

export const config = {
  // Addresses without a locale only (and the bare home page): an address that starts with /en, /ru or /zh already
  // says its language, and its layout sets it (setRequestLocale), so nothing here would change its answer — while
  // running the middleware for it halved the throughput of pages served from the cache (README, Performance). Not
  // the JSON API, feeds, exports, Next's own files or anything with a file extension either.
  matcher: ["/((?!api|_next|_vercel|feeds|(?:en|ru|zh)(?:/|$)|.*\\..*).*)"],
};
