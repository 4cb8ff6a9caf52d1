import { label } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { documentsPerYear, documentsPerYearHeight, type YearTypeCount } from "~/lib/documents-per-year";
import { useSiteLocale } from "~/lib/locale";
import { ChartImage } from "./chart-image";

/**
 * Documents adopted per year by type: the chart (`src`, the registry's per-year.svg or an organization's
 * documents-per-year.svg) and the same counts as a table.
 */
export function DocumentsPerYearSection({ perYear, src }: { perYear: YearTypeCount[]; src: string }) {
  const t = useTranslations("Charts");
  const locale = useSiteLocale();
  const chart = documentsPerYear(perYear);
  if (chart.years.length === 0) return null;
  return (
    <section aria-labelledby="documents-per-year" className="documents-per-year">
      <h2 id="documents-per-year">{t("documentsHeading")}</h2>
      <ChartImage src={src} alt={t("documentsAlt")} height={documentsPerYearHeight(chart.types.length)} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t("documentsCaption")}>
        <table className="chart-data">
          <caption>{t("documentsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              {chart.types.map(({ type, colour }) => (
                <th scope="col" key={type} className="number">
                  <svg className="swatch" aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
                    <rect width="12" height="12" fill={colour} />
                  </svg>
                  {label("documentType", type as never, locale)}
                </th>
              ))}
              <th scope="col" className="number">
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {chart.years.map((year) => {
              const counts = chart.counts.get(year);
              let total = 0;
              for (const count of counts?.values() ?? []) total += count;
              return (
                <tr key={year} data-year={year}>
                  <th scope="row">{year}</th>
                  {chart.types.map(({ type }) => (
                    <td key={type} className="number" data-type={type}>
                      {counts?.get(type) ?? 0}
                    </td>
                  ))}
                  <td className="number">{total}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
