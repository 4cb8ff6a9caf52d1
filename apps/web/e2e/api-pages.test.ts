import { describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";

/** The address of a Link header's rel="next", made relative to the site under test. */
function nextOf(link: string | null): string | null {
  const next = link?.split(/,\s*/).find((part) => part.endsWith('rel="next"'));
  if (!next) return null;
  const url = new URL(/^<([^>]+)>/.exec(next)![1]!);
  return `${url.pathname}${url.search}`;
}

/** The records of a list's answer, by slug (the document registry's are under `data.items`). */
function slugsOf(path: string, body: { data: unknown }): string[] {
  if (path.startsWith("/api/v1/documents"))
    return (body.data as { items: { document: { slug: string } }[] }).items.map((d) => d.document.slug);
  return (body.data as { slug: string }[]).map((record) => record.slug);
}

/** Every page of a list from `first`, following Link rel=next: the slugs in order and the addresses followed. */
async function walk(first: string): Promise<{ slugs: string[]; addresses: string[] }> {
  const slugs: string[] = [];
  const addresses: string[] = [];
  let address: string | null = first;
  while (address && addresses.length < 500) {
    addresses.push(address);
    const response = await fetch(`${webUrl()}${address}`);
    expect(response.status, address).toBe(200);
    slugs.push(...slugsOf(first, (await response.json()) as { data: unknown }));
    address = nextOf(response.headers.get("link"));
  }
  expect(address, `${first}: the Link rel=next never ends`).toBeNull();
  return { slugs, addresses };
}

describe("the JSON API's lists of people, countries, organizations and documents, a page at a time", () => {
  const LISTS = ["/api/v1/people", "/api/v1/countries", "/api/v1/organizations", "/api/v1/documents"];

  it("follow Link rel=next through every public record once, keeping the limit and the filters", async () => {
    for (const list of LISTS) {
      const all = await fetch(`${webUrl()}${list}`);
      expect(all.status, list).toBe(200);
      const slugs = slugsOf(list, (await all.json()) as { data: unknown });
      expect(slugs.length, list).toBeGreaterThanOrEqual(3);
      expect(all.headers.get("link"), list).toContain('rel="first"');
      expect(nextOf(all.headers.get("link")), list).toBeNull();

      const { slugs: walked, addresses } = await walk(`${list}?limit=2`);
      expect(walked, list).toEqual(slugs);
      expect(addresses.length, list).toBe(Math.ceil(slugs.length / 2));
      expect(
        addresses.slice(1).every((address) => address.includes("limit=2") && address.includes("cursor=")),
        list,
      ).toBe(true);
    }
    // A filter stays in the next page's address, and the registry counts every match on every page.
    const { addresses } = await walk("/api/v1/documents?type=decision&limit=1");
    expect(addresses.length).toBeGreaterThanOrEqual(3);
    expect(addresses.every((address) => address.includes("type=decision"))).toBe(true);
    const second = (await (await fetch(`${webUrl()}${addresses[1]}`)).json()) as { data: { total: number } };
    expect(second.data.total).toBe(addresses.length);
  });

  it("filter people, countries and organizations", async () => {
    const seedMeeting = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
    const people = (await walk(`/api/v1/people?meeting=${seedMeeting}`)).slugs;
    expect(people).toContain("jumakhon-giyosov");
    expect(people).toHaveLength(15);
    expect((await walk("/api/v1/people?country=india")).slugs).toContain("narendra-modi");
    expect((await walk("/api/v1/countries?organization=shanghai-cooperation-organisation")).slugs).toContain(
      "india",
    );
    expect((await walk(`/api/v1/countries?meeting=${seedMeeting}`)).slugs).toContain("russia");
    expect((await walk("/api/v1/organizations?parent=shanghai-cooperation-organisation")).slugs).toContain(
      "sco-council-of-heads-of-state",
    );
    expect((await walk("/api/v1/organizations?classification=igo")).slugs).toContain(
      "shanghai-cooperation-organisation",
    );
  });

  it("answer 400 with the reason for an unknown parameter, a bad limit, a bad filter or a tampered cursor", async () => {
    const tampered = Buffer.from(JSON.stringify({ slug: "../../etc" })).toString("base64url");
    const cases: [string, string][] = [];
    for (const list of LISTS)
      cases.push(
        [`${list}?offset=200`, "offset"],
        [`${list}?limit=0`, "limit"],
        [`${list}?limit=201`, "limit"],
        [`${list}?limit=ten`, "limit"],
        [`${list}?cursor=not-a-cursor`, "cursor"],
        [`${list}?cursor=${tampered}`, "cursor"],
        [`${list}?limit=1&limit=2`, "limit"],
      );
    cases.push(
      ["/api/v1/people?country=Not%20a%20slug", "country"],
      ["/api/v1/organizations?classification=club", "classification"],
      ["/api/v1/documents?type=nonsense", "type"],
      ["/api/v1/documents?sort=title", "sort"],
    );
    for (const [address, named] of cases) {
      const response = await fetch(`${webUrl()}${address}`);
      expect(response.status, address).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code, address).toBe("BAD_REQUEST");
      expect(body.error.message, address).toContain(named);
    }
  });
});

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
