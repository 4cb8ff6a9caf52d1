import { useTranslations } from "next-intl";

export const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

export function SiteFooter() {
  const t = useTranslations("Site");
  return (
    <footer className="site-footer">
      <p>
        {t.rich("licence", {
          link: (chunks) => (
            <a href={LICENCE_URL} rel="license">
              {chunks}
            </a>
          ),
        })}
      </p>
    </footer>
  );
}
