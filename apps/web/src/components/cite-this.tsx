import { useTranslations } from "next-intl";
import { LICENCE } from "~/lib/licence";

/** A suggested citation with the page's permanent address. */
export function CiteThis({
  title,
  permalink,
  accessed,
}: {
  title: string;
  permalink: string;
  accessed: string;
}) {
  const t = useTranslations("Cite");
  const citation = `Plenary. “${title}”. ${permalink} (${t("accessed", { date: accessed })}). ${LICENCE.name}.`;
  return (
    <aside aria-labelledby="cite-this" className="cite-this">
      <h2 id="cite-this">{t("title")}</h2>
      <p>
        {t("permalink")}: <a href={permalink}>{permalink}</a>
      </p>
      <p className="citation">{citation}</p>
    </aside>
  );
}
