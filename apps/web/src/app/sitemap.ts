import { LOCALES } from "@plenary/domain";
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { readSitemapRecords } from "~/server/public-reads";
import { allMeetingSummaries } from "~/server/published-meetings";
import { siteUrl } from "~/server/site-url";

/** Every public page in every language, each listing its translations. Published records only. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [meetings, [people, countries, organizations, documents, topics, years]] = await Promise.all([
    allMeetingSummaries(),
    readSitemapRecords(),
  ]);
  const paths = [
    "/",
    "/documents",
    "/topics",
    "/archive",
    "/data",
    ...meetings.map((m) => `/meetings/${m.slug}`),
    ...people.items.map((p) => `/people/${p.slug}`),
    ...countries.items.map((c) => `/countries/${c.slug}`),
    ...organizations.items.map((o) => `/organizations/${o.slug}`),
    ...documents.items.map((d) => `/documents/${d.document.slug}`),
    ...topics.map((t) => `/topics/${t.topic.slug}`),
    ...years.map((y) => `/archive/${y.year}`),
  ];
  const at = (locale: string, path: string) => siteUrl(`/${locale}${path === "/" ? "" : path}`);
  return paths.map((path) => ({
    url: at("en", path),
    alternates: { languages: Object.fromEntries(LOCALES.map((locale) => [locale, at(locale, path)])) },
  }));
}
