import "server-only";
import { sitemapFiles, sitemapUrls, type SitemapUrl } from "~/lib/sitemap";
import { api } from "./api";
import { siteUrl } from "./site-url";

/** The sitemap's URLs split into files of at most 50,000; one file while the site is smaller than that. */
export async function sitemapFilesOfSite(): Promise<SitemapUrl[][]> {
  return sitemapFiles(sitemapUrls(await api().publicPages.sitemapRecords(), siteUrl));
}

/** The address of the n-th file (from 1) when the sitemap is split. */
export const sitemapFileUrl = (n: number) => siteUrl(`/sitemaps/${n}.xml`);

export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
