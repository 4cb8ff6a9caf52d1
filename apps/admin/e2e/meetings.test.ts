import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { createUserWithCli, newIsolatedPage, newTestUser, signIn } from "../../../tooling/testing/users";

const TITLE = "Meeting of the SCO Council of Heads of State";
/** The seed meeting's link: other browser tests add drafts with the same title (the admin lists drafts too). */
const seedLink = (page: Page) =>
  page
    .getByRole("link", { name: TITLE })
    .and(page.locator('[href="/meetings/meeting-of-the-sco-council-of-heads-of-state-2020-11-10"]'));

describe("admin meetings", () => {
  let browser: Browser;
  let page: Page;
  const apiCalls: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newIsolatedPage(browser);
    // Every admin page needs sign-in; a viewer is enough to read.
    const viewer = newTestUser("viewer");
    await createUserWithCli(viewer);
    await signIn(page, viewer.email, viewer.password);
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/trpc/")) apiCalls.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists the seed meeting, loaded through /api/trpc", async () => {
    await page.goto(adminUrl());
    expect(await page.getByRole("link", { name: "Plenary admin" }).count()).toBe(1);
    const link = seedLink(page);
    await link.waitFor();
    const row = page.locator("tbody tr", { has: link });
    const cells = await row.locator("td").allTextContents();
    expect(cells).toEqual(["2020-11-10", "Published", "15"]);
    expect(apiCalls.some((url) => url.includes("meeting.list"))).toBe(true);
  });

  it("opens the meeting with its 15 participants, documents and tallies", async () => {
    await seedLink(page).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    expect(apiCalls.some((url) => url.includes("meeting.bySlug"))).toBe(true);

    const rows = page.locator("section[aria-labelledby=participants] tbody tr");
    expect(await rows.count()).toBe(15);
    expect(await rows.first().textContent()).toContain("Narendra Modi");
    expect(await rows.nth(5).textContent()).toContain("Chair");
    expect(await rows.nth(14).textContent()).toContain("Video message");

    expect(await page.locator("section[aria-labelledby=documents]").textContent()).toContain(
      "Moscow Declaration",
    );
    const tallies = await page.locator("section[aria-labelledby=tallies] li").allTextContents();
    expect(tallies.sort()).toEqual(["6 statements", "9 decisions (3 listed)"]);
  });
});
