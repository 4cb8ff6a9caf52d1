import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";
import { CATEGORY_COLOURS } from "../src/lib/participants-map";

const MEETING = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

async function mapOf(locale: string) {
  const response = await fetch(`${webUrl()}/${locale}/meetings/${MEETING}/map.svg`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
  const text = await response.text();
  const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement!;
  return { response, text, svg };
}

describe("a meeting's participants on a world map", () => {
  it("is an SVG image with its values in <title> and <desc>, coloured by category, without script", async () => {
    const { text, svg } = await mapOf("en");
    expect(svg.tagName).toBe("svg");
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-labelledby")).toBe("map-title map-desc");
    expect(svg.getElementsByTagName("title")[0]!.textContent).toBe(
      "Participants of Meeting of the SCO Council of Heads of State by country",
    );
    const desc = svg.getElementsByTagName("desc")[0]!.textContent ?? "";
    expect(desc).toContain("Russia (Member states): 1 participant");
    expect(desc).toContain("India (Member states)");
    expect(text).not.toMatch(/<script|on[a-z]+=/i);

    const countries = [...svg.getElementsByTagName("path")].filter((path) => path.getAttribute("data-iso2"));
    expect(countries.map((path) => path.getAttribute("data-iso2"))).toEqual(
      expect.arrayContaining(["RU", "CN", "IN", "PK", "KZ", "KG", "TJ", "UZ"]),
    );
    for (const path of countries) {
      const category = path.getAttribute("data-category") as keyof typeof CATEGORY_COLOURS;
      expect(path.getAttribute("fill")).toBe(CATEGORY_COLOURS[category]);
      expect(path.getElementsByTagName("title")[0]!.textContent).toContain("(");
    }
  });

  it("speaks the page's language and is cached as an image of its own", async () => {
    const zh = await mapOf("zh");
    expect(zh.svg.getAttribute("lang")).toBe("zh");
    expect(zh.svg.getElementsByTagName("desc")[0]!.textContent).toContain("俄罗斯（成员国）：1名与会者");
    const again = await mapOf("zh");
    expect(again.response.headers.get("x-nextjs-cache")).toBe("HIT");
    expect((await fetch(`${webUrl()}/en/meetings/no-such-meeting/map.svg`)).status).toBe(404);
    expect((await fetch(`${webUrl()}/xx/meetings/${MEETING}/map.svg`)).status).toBe(404);
  });

  it("is shown on the meeting page with a table of the same countries and categories", async () => {
    const html = await (await fetch(`${webUrl()}/ru/meetings/${MEETING}`)).text();
    expect(html).toContain(`src="/ru/meetings/${MEETING}/map.svg"`);
    const rows = [...html.matchAll(/<tr data-iso2="([A-Z]{2})" data-category="([a-z_]+)"/g)].map(
      ([, iso2, category]) => `${iso2}:${category}`,
    );
    const { svg } = await mapOf("ru");
    const shapes = [...svg.getElementsByTagName("path")]
      .filter((path) => path.getAttribute("data-iso2"))
      .map((path) => `${path.getAttribute("data-iso2")}:${path.getAttribute("data-category")}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(shapes)).toEqual(new Set(rows));
  });
});
