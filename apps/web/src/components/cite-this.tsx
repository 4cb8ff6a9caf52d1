import type { LocalizedText } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { LICENCE } from "~/lib/licence";
import { Text } from "./text";

/** A suggested citation with the page's permanent address. */
export function CiteThis({
  title,
  permalink,
  accessed,
}: {
  title: LocalizedText;
  permalink: string;
  accessed: string;
}) {
  const t = useTranslations("Cite");
  return (
    <aside aria-labelledby="cite-this" className="cite-this">
      <h2 id="cite-this">{t("title")}</h2>
      <p>
        {t("permalink")}: <a href={permalink}>{permalink}</a>
      </p>
      <p className="citation">
        Plenary. “<Text value={title} />
        ”. {permalink} ({t("accessed", { date: accessed })}). {LICENCE.name}.
      </p>
    </aside>
  );
}
