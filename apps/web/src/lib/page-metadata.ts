import type { Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternatesFor } from "./alternates";

/** The description of each kind of page (messages `PageDescriptions`), by the first segment of its path. */
const DESCRIBED = {
  meetings: "meeting",
  people: "person",
  countries: "country",
  organizations: "organization",
  documents: "document",
  topics: "topic",
} as const;

/**
 * What a search result or a shared link says of a page that states no description of its own: a record's page
 * says what it holds of the record, named; a list says what it lists; the rest have the site's description.
 */
async function describe(locale: Locale, path: string, title: string): Promise<string> {
  const t = await getTranslations({ locale, namespace: "PageDescriptions" });
  const [section, slug] = path.split("/").filter(Boolean);
  if (section === "archive") return slug ? t("archiveYear", { year: slug }) : t("archive");
  if (!slug && (section === "documents" || section === "topics" || section === "data")) return t(section);
  if (slug && section && section in DESCRIBED)
    return t(DESCRIBED[section as keyof typeof DESCRIBED], { name: title });
  return (await getTranslations({ locale, namespace: "Site" }))("description");
}

/** Title, description, canonical address, translations and social-preview cards of one page. */
export async function pageMetadata({
  locale,
  path,
  title,
  description,
  type = "website",
}: {
  locale: Locale;
  path: string;
  title: string;
  /** Else one from its kind of page (describe). */
  description?: string;
  type?: "website" | "article" | "profile";
}): Promise<Metadata> {
  const text = description ?? (await describe(locale, path, title));
  return {
    title,
    description: text,
    alternates: alternatesFor(path, locale),
    openGraph: { title, description: text, type, url: `/${locale}${path === "/" ? "" : path}`, locale },
    twitter: { card: "summary", title, description: text },
  };
}
