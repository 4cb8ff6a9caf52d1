import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

/**
 * Adds the locale to addresses without one (/meetings/x → /en/meetings/x, so links made before the site had
 * languages keep working) and picks the reader's language from Accept-Language on the bare home page.
 */
export default createMiddleware(routing);

export const config = {
  // Pages only: not the JSON API, feeds, exports, Next's own files or anything with a file extension.
  matcher: ["/((?!api|_next|_vercel|feeds|.*\\..*).*)"],
};
