// Test support: the MUSTs of RFC 4287 (The Atom Syndication Format) that a feed of ours can break, checked on the
// parsed XML, as a list of violations (empty when the feed conforms).
import { DOMParser, type Element } from "@xmldom/xmldom";

export const ATOM_NS = "http://www.w3.org/2005/Atom";
/** RFC 3339 date-time, as §3.3 requires of atom:updated and atom:published (the time zone is not optional). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

const children = (parent: Element, name: string) =>
  Array.from(parent.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === ATOM_NS && (n as Element).localName === name,
  );

export function parseAtom(xml: string): Element {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => (level !== "warning" ? errors.push(message) : undefined),
  }).parseFromString(xml, "application/xml");
  if (errors.length) throw new Error(`Not well-formed XML: ${errors.join("; ")}`);
  return document.documentElement as unknown as Element;
}

export function atomViolations(xml: string): string[] {
  const feed = parseAtom(xml);
  const violations: string[] = [];
  const must = (ok: boolean, message: string) => (ok ? undefined : violations.push(message));
  must(
    feed.namespaceURI === ATOM_NS && feed.localName === "feed",
    "the document element is atom:feed (§4.1.1)",
  );

  const exactlyOne = (parent: Element, name: string, where: string) => {
    const found = children(parent, name);
    must(found.length === 1, `${where} has exactly one atom:${name} (found ${found.length})`);
    return found[0];
  };
  const checkId = (parent: Element, where: string) => {
    const id = exactlyOne(parent, "id", where);
    if (id)
      must(
        ABSOLUTE_IRI.test(id.textContent ?? ""),
        `${where}'s atom:id is an absolute IRI (§4.2.6): "${id.textContent}"`,
      );
  };
  const checkText = (parent: Element, name: string, where: string) => {
    for (const text of children(parent, name)) {
      const type = text.getAttribute("type") || "text";
      must(
        ["text", "html", "xhtml"].includes(type),
        `${where}'s atom:${name} has type text, html or xhtml (§3.1.1)`,
      );
    }
  };
  const checkDate = (parent: Element, name: string, where: string) => {
    for (const date of children(parent, name))
      must(
        RFC3339.test(date.textContent ?? ""),
        `${where}'s atom:${name} is an RFC 3339 date-time (§3.3): "${date.textContent}"`,
      );
  };
  const checkAuthors = (parent: Element, where: string) => {
    for (const author of children(parent, "author")) {
      const names = children(author, "name");
      must(
        names.length === 1 && Boolean(names[0]!.textContent?.trim()),
        `${where}'s atom:author has exactly one non-empty atom:name (§3.2.1)`,
      );
      for (const uri of children(author, "uri"))
        must(ABSOLUTE_IRI.test(uri.textContent ?? ""), `${where}'s author atom:uri is an IRI (§3.2.2)`);
    }
  };
  const checkLinks = (parent: Element, where: string) => {
    const alternates = new Set<string>();
    for (const link of children(parent, "link")) {
      must(link.hasAttribute("href"), `${where}'s atom:link has an href (§4.2.7.1)`);
      if ((link.getAttribute("rel") || "alternate") === "alternate") {
        const key = `${link.getAttribute("type") ?? ""}|${link.getAttribute("hreflang") ?? ""}`;
        must(
          !alternates.has(key),
          `${where} has no two rel="alternate" links with the same type and hreflang (§4.1.1)`,
        );
        alternates.add(key);
      }
    }
    return alternates.size;
  };

  checkId(feed, "the feed");
  exactlyOne(feed, "title", "the feed");
  checkText(feed, "title", "the feed");
  checkText(feed, "subtitle", "the feed");
  checkText(feed, "rights", "the feed");
  exactlyOne(feed, "updated", "the feed");
  checkDate(feed, "updated", "the feed");
  checkAuthors(feed, "the feed");
  checkLinks(feed, "the feed");
  must(
    children(feed, "link").some((l) => l.getAttribute("rel") === "self"),
    'the feed has a rel="self" link (§4.1.1 SHOULD, required here)',
  );
  must(children(feed, "author").length > 0, "the feed has an atom:author (§4.1.1)");

  const ids = new Set<string>();
  children(feed, "entry").forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    checkId(entry, where);
    const id = children(entry, "id")[0]?.textContent ?? "";
    must(!ids.has(id), `${where}'s atom:id is not repeated in the feed (§4.1.1)`);
    ids.add(id);
    exactlyOne(entry, "title", where);
    checkText(entry, "title", where);
    checkText(entry, "summary", where);
    checkText(entry, "rights", where);
    must(children(entry, "summary").length <= 1, `${where} has at most one atom:summary (§4.1.2)`);
    exactlyOne(entry, "updated", where);
    checkDate(entry, "updated", where);
    checkDate(entry, "published", where);
    checkAuthors(entry, where);
    must(
      children(entry, "author").length > 0,
      `${where} has an atom:author (§4.1.2; here on every entry, not only the feed)`,
    );
    const alternates = checkLinks(entry, where);
    must(
      alternates > 0 || children(entry, "content").length > 0,
      `${where} has a rel="alternate" link or atom:content (§4.1.2)`,
    );
  });
  return violations;
}
