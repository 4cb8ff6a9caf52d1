import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { webUrl } from "../../../tooling/testing/apps";
import { MEMBERSHIP_COLOURS } from "../src/lib/organization-charts";

const ORGANIZATION = "shanghai-cooperation-organisation";
const PERSON = "jumakhon-giyosov";

async function picture(path: string) {
  const response = await fetch(`${webUrl()}${path}`);
  expect(response.status, path).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
  const text = await response.text();
  const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement!;
  expect(svg.tagName).toBe("svg");
  expect(svg.getAttribute("role")).toBe("img");
  expect(svg.getAttribute("aria-labelledby")).toBe("chart-title chart-desc");
  expect(text).not.toMatch(/<script|on[a-z]+=/i);
  return {
    response,
    svg,
    title: svg.getElementsByTagName("title")[0]!.textContent ?? "",
    desc: svg.getElementsByTagName("desc")[0]!.textContent ?? "",
  };
}

const html = async (path: string) => {
  const response = await fetch(`${webUrl()}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};

/** The counts a documents-per-year picture draws, by "year type". */
const drawnCounts = (svg: Element) =>
  Object.fromEntries(
    [...svg.getElementsByTagName("rect")]
      .filter((rect) => rect.getAttribute("data-year"))
      .map((bar) => [
        `${bar.getAttribute("data-year")} ${bar.getAttribute("data-type")}`,
        bar.getAttribute("data-count"),
      ]),
  );

/** A page's documents-per-year section, and the counts its table gives (the non-zero cells), by "year type". */
function tableCounts(page: string) {
  const section = /<section aria-labelledby="documents-per-year"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
  const cells = Object.fromEntries(
    [...section.matchAll(/<tr data-year="(\d{4})">([\s\S]*?)<\/tr>/g)].flatMap(([, year, row]) =>
      [...row!.matchAll(/data-type="([a-z_]+)">(\d+)</g)]
        .filter(([, , count]) => count !== "0")
        .map(([, type, count]) => [`${year} ${type}`, count]),
    ),
  );
  return { section, cells };
}

describe("pictures drawn on the server beside the data they show", () => {
  it("draws an organization's membership over time, by status, with the same memberships as the page's table", async () => {
    const { svg, title, desc } = await picture(`/en/organizations/${ORGANIZATION}/members.svg`);
    expect(title).toBe("Members of Shanghai Cooperation Organisation over time");
    expect(desc).toContain("India: Member, from 9 June 2017 (to date)");
    expect(desc).toContain("Kazakhstan: Founding member, from 15 June 2001 (to date)");
    expect(desc).toContain("4 periods without a start date are not drawn");
    const bars = [...svg.getElementsByTagName("rect")].filter((rect) => rect.getAttribute("data-category"));
    expect(bars).toHaveLength(8);
    for (const bar of bars)
      expect(bar.getAttribute("fill")).toBe(
        MEMBERSHIP_COLOURS[bar.getAttribute("data-category") as keyof typeof MEMBERSHIP_COLOURS],
      );

    const page = await html(`/en/organizations/${ORGANIZATION}`);
    expect(page).toContain(`src="/en/organizations/${ORGANIZATION}/members.svg"`);
    const section = /<section aria-labelledby="membership-history"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    const statuses = [...section.matchAll(/<tr data-status="([a-z_]+)"/g)].map(([, status]) => status);
    // Every membership in the table (the undated observers too); the dated ones in the picture.
    expect(statuses).toHaveLength(12);
    expect(statuses.filter((status) => status !== "observer").sort()).toEqual(
      bars.map((bar) => bar.getAttribute("data-category")).sort(),
    );
  });

  it("draws the chairmanship's terms in every language, cached as images of their own", async () => {
    const en = await picture(`/en/organizations/${ORGANIZATION}/chairmanships.svg`);
    expect(en.desc).toContain("Russia: chair, 14 June 2019 – 10 November 2020");
    expect(en.desc).toContain("Tajikistan: chair, from 10 November 2020 (to date)");
    const ru = await picture(`/ru/organizations/${ORGANIZATION}/chairmanships.svg`);
    expect(ru.svg.getAttribute("lang")).toBe("ru");
    expect(ru.desc).toContain("Россия: председатель");
    const zh = await picture(`/zh/organizations/${ORGANIZATION}/chairmanships.svg`);
    expect(zh.desc).toContain("俄罗斯：主席国");
    const again = await picture(`/zh/organizations/${ORGANIZATION}/chairmanships.svg`);
    expect(again.response.headers.get("x-nextjs-cache")).toBe("HIT");
    const page = await html(`/ru/organizations/${ORGANIZATION}`);
    expect(page).toContain(`src="/ru/organizations/${ORGANIZATION}/chairmanships.svg"`);
    expect((await fetch(`${webUrl()}/en/organizations/no-such-organization/members.svg`)).status).toBe(404);
    expect((await fetch(`${webUrl()}/xx/organizations/${ORGANIZATION}/members.svg`)).status).toBe(404);
  });

  it("draws a person's posts beside the meetings attended", async () => {
    const { svg, title, desc } = await picture(`/en/people/${PERSON}/posts.svg`);
    expect(title).toBe("Posts held by Jumakhon Giyosov and meetings attended");
    expect(desc).toContain("Meeting of the SCO Council of Heads of State, 10 November 2020");
    expect(svg.getElementsByTagName("circle")).toHaveLength(1);
    const page = await html(`/en/people/${PERSON}`);
    expect(page).toContain(`src="/en/people/${PERSON}/posts.svg"`);
    expect((await fetch(`${webUrl()}/en/people/no-such-person/posts.svg`)).status).toBe(404);
  });

  it("draws the documents an organization and its bodies adopted per year, with the same counts as its table", async () => {
    const { svg, title, desc } = await picture(`/en/organizations/${ORGANIZATION}/documents-per-year.svg`);
    expect(title).toBe("Shanghai Cooperation Organisation: documents adopted per year, by type");
    expect(desc).toContain("2020: 3 documents of type “Decision”");
    const drawn = drawnCounts(svg);
    const page = await html(`/en/organizations/${ORGANIZATION}`);
    expect(page).toContain(`src="/en/organizations/${ORGANIZATION}/documents-per-year.svg"`);
    expect(Object.keys(drawn).length).toBeGreaterThan(0);
    expect(tableCounts(page).cells).toEqual(drawn);
    const ru = await picture(`/ru/organizations/${ORGANIZATION}/documents-per-year.svg`);
    expect(ru.svg.getAttribute("lang")).toBe("ru");
    expect(ru.title).toBe("Шанхайская организация сотрудничества: принятые документы по годам и видам");
    expect(
      (await fetch(`${webUrl()}/en/organizations/no-such-organization/documents-per-year.svg`)).status,
    ).toBe(404);
  });

  it("draws documents adopted per year by type, with the same counts as the registry's table", async () => {
    const { svg, desc } = await picture("/en/documents/per-year.svg");
    expect(desc).toContain("2020: 6 documents of type “Statement”");
    const drawn = drawnCounts(svg);
    const page = await html("/en/documents");
    expect(page).toContain('src="/en/documents/per-year.svg"');
    const { section, cells } = tableCounts(page);
    expect(Object.keys(drawn).length).toBeGreaterThan(0);
    expect(cells).toEqual(drawn);
    // The whole registry, whatever the filters of the page showing it.
    const narrowed = await html("/en/documents?type=decision");
    expect(tableCounts(narrowed).section).toBe(section);
  });
});
