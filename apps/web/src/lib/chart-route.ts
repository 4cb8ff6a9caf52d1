import type { Locale } from "@plenary/domain";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "~/i18n/routing";
import { download, jsonNotFound, readOr404 } from "~/server/open-data";

// The route handlers of the site's pictures (SVG documents beside the pages that show them with <img>): the page's
// language from the address, the record read as its page reads it (a record that is not public is a 404), and the
// picture drawn in that language.

type Translate = (key: string, values?: Record<string, string | number>) => string;

export async function chartResponse<T>(
  locale: string,
  what: string,
  read: () => Promise<T>,
  draw: (value: T, locale: Locale, t: Translate) => string,
): Promise<Response> {
  if (!hasLocale(routing.locales, locale)) return jsonNotFound(what);
  const t = (await getTranslations({ locale, namespace: "Charts" })) as unknown as Translate;
  return readOr404(what, read, (value) =>
    download(draw(value, locale as Locale, t), "image/svg+xml; charset=utf-8"),
  );
}

/**
 * The GET handler of a record's picture, `/{locale}/<records>/{slug}/<name>.svg`: the record `read` by the address's
 * slug, drawn in its language. (Each route file still exports its own `revalidate` and `generateStaticParams`, which
 * Next reads from the file itself.)
 */
export function recordChart<T>(
  what: string,
  read: (slug: string) => Promise<T>,
  draw: (value: T, locale: Locale, t: Translate) => string,
) {
  return async (
    _request: Request,
    { params }: { params: Promise<{ locale: string; slug: string }> },
  ): Promise<Response> => {
    const { locale, slug } = await params;
    return chartResponse(locale, what, () => read(slug), draw);
  };
}

/** Today, the day periods still running are drawn to (the picture is redrawn when its cache is refreshed). */
export const today = () => new Date().toISOString().slice(0, 10);
