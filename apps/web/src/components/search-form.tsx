import { useLocale, useTranslations } from "next-intl";

/** A plain GET form: search works without client JavaScript. */
export function SearchForm({ query = "", id = "search-q" }: { query?: string; id?: string }) {
  const t = useTranslations("Search");
  const locale = useLocale();
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="search-form">
      <label htmlFor={id}>{t("label")}</label>
      <div>
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={query}
          placeholder={t("placeholder")}
          required
          maxLength={200}
        />{" "}
        <button type="submit">{t("button")}</button>
      </div>
    </form>
  );
}
