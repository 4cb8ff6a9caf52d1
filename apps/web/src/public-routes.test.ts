import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { appRoutes, unclassifiedRoutes } from "../../../tooling/testing/public-routes";

describe("the inventory of public routes", () => {
  it("classifies every route of this app, and nothing that is gone", () => {
    expect(unclassifiedRoutes()).toEqual({ unclassified: [], stale: [] });
  });

  it("reads addresses from the route tree as Next.js does", () => {
    const dir = mkdtempSync(join(tmpdir(), "routes-"));
    for (const file of [
      "page.tsx",
      "layout.tsx",
      "sitemap.ts",
      "(group)/about/page.tsx",
      "_parts/page.tsx",
      "[locale]/x/[slug]/route.ts",
    ]) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), "");
    }
    expect(appRoutes(dir).map((route) => route.path)).toEqual([
      "/",
      "/[locale]/x/[slug]",
      "/about",
      "/sitemap.xml",
    ]);
  });

  it("fails for a route that is not classified", () => {
    expect(
      unclassifiedRoutes([{ path: "/[locale]/secret-drafts", file: "[locale]/secret-drafts/page.tsx" }])
        .unclassified,
    ).toEqual(["/[locale]/secret-drafts"]);
  });
});
