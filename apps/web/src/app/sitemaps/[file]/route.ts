import { connection } from "next/server";
import { urlsetXml } from "~/lib/sitemap";
import { sitemapFilesOfSite, xmlResponse } from "~/server/sitemap";

/** One file of a sitemap split by the sitemap index at /sitemap.xml ("1.xml", "2.xml", …). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const n = Number(/^([1-9]\d*)\.xml$/.exec((await params).file)?.[1]);
  const files = await sitemapFilesOfSite();
  const urls = n && files.length > 1 ? files[n - 1] : undefined;
  return urls ? xmlResponse(await urlsetXml(urls)) : new Response("No such sitemap file.", { status: 404 });
}
