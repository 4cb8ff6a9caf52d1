import { useTranslations } from "next-intl";
import { useSiteLocale } from "~/lib/locale";

/**
 * Says, above everything else on the page, that this is a preview and whether the public can see the meeting yet,
 * with the way out of preview. The exit is a route handler, hence a plain link.
 */
export function PreviewBanner({ slug, published }: { slug: string; published: boolean }) {
  const locale = useSiteLocale();
  const t = useTranslations("Preview");
  // Leaving a draft's preview goes home: its own address is a 404 for the public.
  const back = published ? `/${locale}/meetings/${slug}` : `/${locale}`;
  return (
    <aside className="preview-banner" aria-label={t("label")}>
      <p>
        <strong>{published ? t("published") : t("draft")}</strong> {t("explain")}
      </p>
      <a href={`/api/preview/exit?to=${encodeURIComponent(back)}`}>{t("leave")}</a>
    </aside>
  );
}
