import { connection } from "next/server";
import { sitemapIndexXml, urlsetXml } from "~/lib/sitemap";
import { sitemapFileUrl, sitemapFilesOfSite, xmlResponse } from "~/server/sitemap";

/**
 * Every public page in every language. Up to 50,000 URLs this is the sitemap itself; beyond, it becomes a sitemap
 * index of /sitemaps/1.xml, /sitemaps/2.xml, … as the protocol requires.
 */
export async function GET() {
  await connection();
  const files = await sitemapFilesOfSite();
  if (files.length === 1) return xmlResponse(await urlsetXml(files[0]!));
  return xmlResponse(
    await sitemapIndexXml(
      files.map((urls, index) => ({
        url: sitemapFileUrl(index + 1),
        lastmod: urls
          .map((u) => u.lastmod)
          .sort()
          .at(-1)!,
      })),
    ),
  );
}
