// Test support: the sitemaps.org protocol (https://www.sitemaps.org/protocol.html, and its sitemap.xsd and
// siteindex.xsd) as rules over the parsed XML, plus the hreflang annotations Google reads (xhtml:link). Returns the
// violations found; an empty list means the document conforms.
import { DOMParser, type Element } from "@xmldom/xmldom";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
/** W3C Datetime (the protocol's lastmod): a date, or a date-time with minutes and a time zone. */
const W3C_DATETIME =
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/;
const CHANGEFREQ = ["always", "hourly", "daily", "weekly", "monthly", "yearly", "never"];

const elements = (parent: Element) =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1);

export function parseXml(xml: string): Element {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => (level !== "warning" ? errors.push(message) : undefined),
  }).parseFromString(xml, "application/xml");
  if (errors.length) throw new Error(`Not well-formed XML: ${errors.join("; ")}`);
  return document.documentElement as unknown as Element;
}

function checkLoc(loc: string, origin: string, where: string, must: (ok: boolean, message: string) => void) {
  let url: URL | null = null;
  try {
    url = new URL(loc);
  } catch {
    must(false, `${where}: <loc> is an absolute URL ("${loc}")`);
    return;
  }
  must(loc.length < 2048, `${where}: <loc> is shorter than 2,048 characters`);
  must(url.origin === origin, `${where}: <loc> is on the site's own host ${origin} ("${loc}")`);
}

/** A <urlset>: at most 50,000 <url>, each with one <loc> and only the protocol's elements; alternates complete. */
export function urlsetViolations(xml: string, origin: string, languages: readonly string[]): string[] {
  const root = parseXml(xml);
  const violations: string[] = [];
  const must = (ok: boolean, message: string) => (ok ? undefined : violations.push(message));
  must(
    root.namespaceURI === SITEMAP_NS && root.localName === "urlset",
    "the document element is <urlset> in the sitemap namespace",
  );
  const urls = elements(root);
  must(urls.length <= 50_000, `at most 50,000 <url> per file (found ${urls.length})`);
  must(Buffer.byteLength(xml) <= 50 * 1024 * 1024, "at most 50 MB uncompressed");
  const locs = new Set<string>();
  urls.forEach((url, index) => {
    const where = `url ${index + 1}`;
    must(
      url.namespaceURI === SITEMAP_NS && url.localName === "url",
      `${where}: only <url> elements in <urlset>`,
    );
    const counts = new Map<string, number>();
    for (const child of elements(url)) {
      const key =
        child.namespaceURI === SITEMAP_NS ? child.localName! : `${child.namespaceURI} ${child.localName}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const text = child.textContent?.trim() ?? "";
      if (key === "loc") checkLoc(text, origin, where, must);
      else if (key === "lastmod")
        must(W3C_DATETIME.test(text), `${where}: <lastmod> is a W3C Datetime ("${text}")`);
      else if (key === "changefreq")
        must(CHANGEFREQ.includes(text), `${where}: <changefreq> is one of ${CHANGEFREQ.join(", ")}`);
      else if (key === "priority")
        must(/^(0(\.\d+)?|1(\.0+)?)$/.test(text), `${where}: <priority> is between 0.0 and 1.0`);
      else
        must(
          key === `${XHTML_NS} link`,
          `${where}: no element <${child.localName}> outside the protocol and xhtml:link`,
        );
    }
    must(counts.get("loc") === 1, `${where}: exactly one <loc>`);
    for (const single of ["lastmod", "changefreq", "priority"])
      must((counts.get(single) ?? 0) <= 1, `${where}: at most one <${single}>`);
    must(counts.get("lastmod") === 1, `${where}: a <lastmod> (required here)`);
    const loc =
      elements(url)
        .find((c) => c.localName === "loc")
        ?.textContent?.trim() ?? "";
    must(!locs.has(loc), `${where}: ${loc} is listed once`);
    locs.add(loc);
    const links = elements(url).filter((c) => c.namespaceURI === XHTML_NS);
    const hreflangs = links.map((l) => l.getAttribute("hreflang"));
    for (const link of links) {
      must(
        link.getAttribute("rel") === "alternate" && Boolean(link.getAttribute("href")),
        `${where}: xhtml:link is rel="alternate" with an href`,
      );
      checkLoc(link.getAttribute("href") ?? "", origin, `${where} xhtml:link`, must);
    }
    for (const lang of [...languages, "x-default"])
      must(
        hreflangs.filter((h) => h === lang).length === 1,
        `${where}: one alternate with hreflang="${lang}"`,
      );
    must(
      links.some((l) => l.getAttribute("href") === loc),
      `${where}: the alternates include the page itself`,
    );
  });
  return violations;
}

/** A <sitemapindex>: at most 50,000 <sitemap>, each with one <loc> and at most one <lastmod>. */
export function sitemapIndexViolations(xml: string, origin: string): string[] {
  const root = parseXml(xml);
  const violations: string[] = [];
  const must = (ok: boolean, message: string) => (ok ? undefined : violations.push(message));
  must(
    root.namespaceURI === SITEMAP_NS && root.localName === "sitemapindex",
    "the document element is <sitemapindex> in the sitemap namespace",
  );
  const sitemaps = elements(root);
  must(sitemaps.length <= 50_000, "at most 50,000 <sitemap> per index");
  sitemaps.forEach((sitemap, index) => {
    const where = `sitemap ${index + 1}`;
    must(sitemap.localName === "sitemap", `${where}: only <sitemap> elements in <sitemapindex>`);
    const children = elements(sitemap);
    must(children.filter((c) => c.localName === "loc").length === 1, `${where}: exactly one <loc>`);
    must(children.filter((c) => c.localName === "lastmod").length <= 1, `${where}: at most one <lastmod>`);
    for (const child of children) {
      if (child.localName === "loc") checkLoc(child.textContent?.trim() ?? "", origin, where, must);
      else if (child.localName === "lastmod")
        must(W3C_DATETIME.test(child.textContent?.trim() ?? ""), `${where}: <lastmod> is a W3C Datetime`);
      else must(false, `${where}: no element <${child.localName}>`);
    }
  });
  return violations;
}
