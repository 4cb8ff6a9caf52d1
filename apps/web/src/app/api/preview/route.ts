import { PREVIEW_TOKEN_LIFETIME_MS } from "@plenary/api";
import { hasLocale } from "next-intl";
import { cookies, draftMode } from "next/headers";
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { routing } from "~/i18n/routing";
import { PREVIEW_COOKIE, readPreview } from "~/server/preview";

/**
 * Opens a preview link from the admin (`/api/preview?token=…`, optionally `&locale=ru`): checks the token, turns
 * on Next's draft mode, keeps the token in an httpOnly cookie and sends the browser to the meeting's page, which then
 * shows the saved draft with a banner. A forged or expired token changes nothing and is answered 401.
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const requested = request.nextUrl.searchParams.get("locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const detail = token ? await readPreview(token) : null;
  if (!detail) {
    return new Response(
      "This preview link is not valid or has expired. Open the preview again from the editor.\n",
      {
        status: 401,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      },
    );
  }
  (await draftMode()).enable();
  (await cookies()).set(PREVIEW_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.nextUrl.protocol === "https:",
    path: "/",
    // The token carries its own expiry, checked on every read; the cookie need not outlive it.
    maxAge: PREVIEW_TOKEN_LIFETIME_MS / 1000,
  });
  redirect(`/${locale}/meetings/${detail.meeting.slug}`);
}
