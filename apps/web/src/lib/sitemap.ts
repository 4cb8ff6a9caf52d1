import { Readable } from "node:stream";
import { LOCALES } from "@plenary/domain";
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from "sitemap";
import type { SitemapRecord } from "./types";

/** The sitemaps protocol's limit of URLs per file (https://www.sitemaps.org/protocol.html). */
export const URLS_PER_SITEMAP = 50_000;

const RECORD_PATHS: Record<SitemapRecord["kind"], string> = {
  meeting: "/meetings",
  person: "/people",
  country: "/countries",
  organization: "/organizations",
  document: "/documents",
  topic: "/topics",
};
/** Pages that list records: they change whenever a record does. */
const LIST_PATHS = ["", "/documents", "/topics", "/archive", "/data"];

export interface SitemapUrl {
  url: string;
  lastmod: string;
  /** The page in every language and x-default (English), the page itself included, as Google asks. */
  links: { lang: string; url: string }[];
}

const latest = (dates: Date[]) => new Date(Math.max(0, ...dates.map((d) => d.getTime())));

/** Every public page in every language, each its own <url> with its translations and its last change. */
export function sitemapUrls(
  records: readonly SitemapRecord[],
  urlOf: (path: string) => string,
): SitemapUrl[] {
  const pages: { path: string; updatedAt: Date }[] = [];
  const everything = latest(records.map((r) => r.updatedAt));
  for (const path of LIST_PATHS) pages.push({ path, updatedAt: everything });
  const years = new Map<string, Date[]>();
  for (const record of records) {
    pages.push({ path: `${RECORD_PATHS[record.kind]}/${record.slug}`, updatedAt: record.updatedAt });
    const year = record.kind === "meeting" ? record.startDate?.slice(0, 4) : undefined;
    if (year) years.set(year, [...(years.get(year) ?? []), record.updatedAt]);
  }
  for (const [year, dates] of [...years].sort())
    pages.push({ path: `/archive/${year}`, updatedAt: latest(dates) });

  return pages.flatMap(({ path, updatedAt }) => {
    const links = [
      ...LOCALES.map((lang) => ({ lang, url: urlOf(`/${lang}${path}`) })),
      { lang: "x-default", url: urlOf(`/en${path}`) },
    ];
    return LOCALES.map((locale) => ({
      url: urlOf(`/${locale}${path}`),
      lastmod: updatedAt.toISOString(),
      links,
    }));
  });
}

/** The URLs split into files of at most `limit` each (one file when they fit). */
export function sitemapFiles<T>(urls: readonly T[], limit = URLS_PER_SITEMAP): T[][] {
  const files: T[][] = [];
  for (let start = 0; start < urls.length || files.length === 0; start += limit)
    files.push(urls.slice(start, start + limit));
  return files;
}

async function write(stream: SitemapStream | SitemapIndexStream, items: readonly unknown[]): Promise<string> {
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString("utf8");
}

/** A <urlset> document. */
export function urlsetXml(urls: readonly SitemapUrl[]): Promise<string> {
  const items: SitemapItemLoose[] = urls.map(({ url, lastmod, links }) => ({ url, lastmod, links }));
  return write(new SitemapStream({ xmlns: { news: false, video: false, image: false, xhtml: true } }), items);
}

/** A <sitemapindex> document naming each file with the latest change it lists. */
export function sitemapIndexXml(files: readonly { url: string; lastmod: string }[]): Promise<string> {
  return write(new SitemapIndexStream(), files);
}
