import { label } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { useSiteLocale } from "~/lib/locale";
import { CATEGORY_COLOURS, participantsByCountry } from "~/lib/participants-map";
import type { ParticipationEntry } from "~/lib/types";

/**
 * The countries that took part on a world map (an image of its own, drawn on the server: map.svg beside the page)
 * and the same data as a table, for reading, printing and assistive technology.
 */
export function ParticipantsMapSection({
  slug,
  participations,
}: {
  slug: string;
  participations: ParticipationEntry[];
}) {
  const locale = useSiteLocale();
  const t = useTranslations("Map");
  const map = participantsByCountry(participations, locale);
  if (map.countries.length === 0) return null;
  const categories = new Set(map.countries.map((country) => country.category)).size;
  return (
    <section aria-labelledby="map" className="participants-map">
      <h2 id="map">{t("heading")}</h2>
      <figure>
        <img
          src={`/${locale}/meetings/${slug}/map.svg`}
          alt={t("alt")}
          width={960}
          height={470 + 16 + Math.max(categories, 1) * 24}
          loading="lazy"
        />
        {map.withoutCountry ? (
          <figcaption>{t("withoutCountry", { count: map.withoutCountry })}.</figcaption>
        ) : null}
      </figure>
      <table className="map-data">
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("countryColumn")}</th>
            <th scope="col">{t("category")}</th>
            <th scope="col" className="number">
              {t("participants")}
            </th>
          </tr>
        </thead>
        <tbody>
          {map.countries.map((country) => (
            <tr key={country.iso2} data-iso2={country.iso2} data-category={country.category}>
              <th scope="row">{country.name}</th>
              <td data-label={t("category")}>
                {/* The map's colour, drawn as SVG (no inline style: the site's CSP allows none). */}
                <svg className="swatch" aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
                  <rect width="12" height="12" fill={CATEGORY_COLOURS[country.category]} />
                </svg>
                {label("participationCategory", country.category, locale)}
              </td>
              <td data-label={t("participants")} className="number">
                {country.participants}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
