import { describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";
import { nuCheck, type NuMessage } from "../../../tooling/testing/nu-html-checker";
import { pageExample, pageExamples, pageRoutes } from "../../../tooling/testing/page-examples";

/**
 * Every error and every warning of the Nu HTML checker fails the test. Plain information messages (type "info"
 * without subType "warning") do not: the checker says of them that they are not problems — React writes void
 * elements as `<meta … />`, which the checker notes as information.
 */
const fails = (message: NuMessage): boolean => message.type !== "info" || message.subType === "warning";

/**
 * Every page route of the route inventory, once, in one language each (en, ru, zh in turn): the HTML the server
 * sends is checked with the W3C Nu HTML checker, all pages in one run of it. axe-core runs over the same examples
 * in accessibility.test.ts.
 */
describe("HTML conformance of every page type (Nu HTML checker)", () => {
  it("has an example address for every page route of the inventory", () => {
    const routes = pageRoutes();
    expect(routes.map((route) => route.path)).toContain("/[locale]/meetings/[slug]");
    expect(pageExamples(routes).missing).toEqual([]);
    // A route whose dynamic segment the examples do not know has none, and so fails the line above.
    expect(pageExample("/[locale]/meetings/[slug]/[speech]", "en")).toBeNull();
    expect(pageExample("/[locale]/not-in-the-inventory", "en")).toBeNull();
  });

  it("finds no error or warning on any page type", async () => {
    const { examples } = pageExamples();
    const documents: Record<string, string> = {};
    const statuses: string[] = [];
    const languages: string[] = [];
    for (const example of examples) {
      const response = await fetch(`${webUrl()}${example.path}`);
      if (response.status !== example.status)
        statuses.push(`${example.path}: ${response.status}, expected ${example.status}`);
      documents[example.path] = await response.text();
      // Every page says its language, in the HTML and in the HTTP header — a "not found" page too, which Next
      // serves as its error shell: the shell takes its lang from Content-Language (patches/next@16.4.6.patch).
      const htmlTag = /<html[^>]*>/.exec(documents[example.path]!)?.[0] ?? "no <html>";
      const contentLanguage = response.headers.get("content-language");
      if (!htmlTag.includes(` lang="${example.locale}"`) || contentLanguage !== example.locale)
        languages.push(`${example.path}: ${htmlTag}, Content-Language ${contentLanguage ?? "missing"}`);
    }
    expect(statuses).toEqual([]);
    expect(languages).toEqual([]);
    expect(new Set(examples.map((example) => example.locale))).toEqual(new Set(["en", "ru", "zh"]));

    // What a search engine or a shared link shows of a page: its own description, and a canonical address that is
    // the page itself (Lighthouse's SEO audit fails a page without either).
    const unlisted: string[] = [];
    for (const example of examples.filter(({ status }) => status === 200)) {
      const html = documents[example.path]!;
      const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1];
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const path = new URL(example.path, webUrl()).pathname;
      if (!description) unlisted.push(`${example.path}: no description`);
      if (!canonical || new URL(canonical).pathname !== path)
        unlisted.push(`${example.path}: canonical ${canonical ?? "missing"}`);
    }
    expect(unlisted).toEqual([]);

    // A broken document in the same run shows that the checker ran and reports what it finds.
    const CONTROL = "(control: a document with an error)";
    documents[CONTROL] = '<!DOCTYPE html><html lang="en"><title>x</title><p><span></p></html>';
    const messages = await nuCheck(documents);
    expect(messages.some((m) => m.document === CONTROL && m.type === "error")).toBe(true);
    const problems = messages
      .filter((message) => message.document !== CONTROL && fails(message))
      .map(
        (message) =>
          `${message.document}:${message.lastLine ?? "?"} ${message.subType ?? message.type}: ${message.message}` +
          (message.extract ? ` — ${message.extract.trim()}` : ""),
      );
    expect(problems).toEqual([]);
  }, 120_000);
});
