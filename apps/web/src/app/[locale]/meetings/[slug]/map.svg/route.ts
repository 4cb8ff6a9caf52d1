import type { Locale } from "@plenary/domain";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "~/i18n/routing";
import { inLocale } from "~/lib/locale";
import { participantsByCountry, participantsMapSvg } from "~/lib/participants-map";
import { download, jsonNotFound, readOr404 } from "~/server/open-data";
import { readMeeting } from "~/server/public-reads";

// A meeting's participants on a world map, as an image of its own (the meeting page shows it with <img>, so the
// page's weight does not grow with the map). Rendered on first request, then cached until its tags are revalidated
// (see server/cached.ts), per language: the image's <title> and <desc> are in the page's language.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return jsonNotFound("meeting");
  const t = await getTranslations({ locale, namespace: "Map" });
  return readOr404(
    "meeting",
    () => readMeeting(slug),
    (detail) => {
      const map = participantsByCountry(detail.participations, locale as Locale);
      const svg = participantsMapSvg(map, locale as Locale, {
        title: t("title", { meeting: inLocale(detail.meeting.titleI18n, locale as Locale) }),
        country: (country, category) =>
          t("country", { country: country.name, category, count: country.participants }),
        withoutCountry: (count) => t("withoutCountry", { count }),
        legend: t("legend"),
      });
      return download(svg, "image/svg+xml; charset=utf-8");
    },
  );
}
