import { describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";

/** The address of a Link header's rel="next", made relative to the site under test. */
function nextOf(link: string | null): string | null {
  const next = link?.split(/,\s*/).find((part) => part.endsWith('rel="next"'));
  if (!next) return null;
  const url = new URL(/^<([^>]+)>/.exec(next)![1]!);
  return `${url.pathname}${url.search}`;
}

describe("the JSON API's meeting list, a page at a time", () => {
  it("follows Link rel=next through every published meeting once, and says first", async () => {
    const all = await fetch(`${webUrl()}/api/v1/meetings`);
    expect(all.status).toBe(200);
    const slugs = ((await all.json()) as { data: { slug: string }[] }).data.map((m) => m.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(1);
    expect(all.headers.get("link")).toContain('rel="first"');
    expect(nextOf(all.headers.get("link"))).toBeNull();

    const walked: string[] = [];
    let address: string | null = "/api/v1/meetings?limit=1";
    while (address) {
      const response = await fetch(`${webUrl()}${address}`);
      expect(response.status, address).toBe(200);
      const page = (await response.json()) as { data: { slug: string }[] };
      expect(page.data.length).toBeLessThanOrEqual(1);
      walked.push(...page.data.map((m) => m.slug));
      address = nextOf(response.headers.get("link"));
      if (address) expect(address).toContain("limit=1");
    }
    expect(walked).toEqual(slugs);
  });

  it("filters by year, organization and country", async () => {
    const slugs = async (query: string) =>
      (
        (await (await fetch(`${webUrl()}/api/v1/meetings?${query}`)).json()) as { data: { slug: string }[] }
      ).data.map((m) => m.slug);
    const seedMeeting = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
    expect(await slugs("year=2020")).toContain(seedMeeting);
    expect(await slugs("year=1999")).toEqual([]);
    expect(await slugs("organization=shanghai-cooperation-organisation")).toContain(seedMeeting);
    expect(await slugs("country=india&year=2020")).toContain(seedMeeting);
  });

  it("answers 400 with the reason for a bad parameter", async () => {
    for (const [query, named] of [
      ["limit=0", "limit"],
      ["limit=201", "limit"],
      ["limit=ten", "limit"],
      ["year=20x0", "year"],
      ["cursor=not-a-cursor", "cursor"],
      ["page=2", "page"],
    ]) {
      const response = await fetch(`${webUrl()}/api/v1/meetings?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("BAD_REQUEST");
      expect(body.error.message, query).toContain(named);
    }
  });
});
