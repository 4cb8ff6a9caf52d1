import { signPreviewToken } from "@plenary/api";
import { createDb, type Db } from "@plenary/db";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../../../tooling/testing/accessibility";
import { adminUrl, databaseUrl, revalidateSecret, webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { createUserWithCli, newIsolatedPage, newTestUser, signIn } from "../../../tooling/testing/users";

// Unique per run: the apps' database is shared with other browser tests.
const RUN = Date.now().toString(36);
const TITLE = `Preview summit of the Quiet Council ${RUN}`;
const SLUG = `preview-summit-of-the-quiet-council-${RUN}-2032-03-03`;
const DOCUMENT = `Quiet Council Accord ${RUN}`;
const OTHER_SLUG = `preview-other-draft-${RUN}-2032-04-04`;
const BANNER = "Preview — this draft is not public";

/** The public page of the draft, fetched with the given cookies (none: an anonymous visitor). */
async function draftPage(cookies: Record<string, string> = {}, path = `/en/meetings/${SLUG}`) {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  const response = await fetch(`${webUrl()}${path}`, {
    headers: cookie ? { cookie } : {},
    redirect: "manual",
  });
  return {
    status: response.status,
    text: await response.text(),
    cacheControl: response.headers.get("cache-control"),
  };
}

describe("previewing a draft on the public site", () => {
  let db: Db;
  let browser: Browser;
  let page: Page;
  let meetingId: string;
  let otherId: string;
  /** Next's draft-mode cookie, as the site set it in the editor's browser: real, so only the token decides. */
  let draftModeCookie: string;

  beforeAll(async () => {
    db = createDb(databaseUrl());
    const body = await db.organization.findUniqueOrThrow({
      where: { slug: "sco-council-of-heads-of-state" },
    });
    const common = {
      classification: "summit",
      attendanceMode: "in_person",
      bodyId: body.id,
      status: "draft",
    } as const;
    const meeting = await db.meeting.create({
      data: {
        ...common,
        slug: SLUG,
        titleI18n: { en: TITLE },
        startDate: "2032-03-03",
        endDate: "2032-03-03",
      },
    });
    meetingId = meeting.id;
    await db.document.create({
      data: {
        slug: `quiet-council-accord-${RUN}`,
        titleI18n: { en: DOCUMENT },
        type: "agreement",
        action: "signed",
        meetingId,
        status: "draft",
      },
    });
    otherId = (
      await db.meeting.create({
        data: {
          ...common,
          slug: OTHER_SLUG,
          titleI18n: { en: `Another quiet draft ${RUN}` },
          startDate: "2032-04-04",
          endDate: "2032-04-04",
        },
      })
    ).id;

    browser = await launchBrowser();
    const editor = newTestUser("editor", "Petra Preview");
    await createUserWithCli(editor);
    page = await newIsolatedPage(browser);
    await signIn(page, editor.email, editor.password);
  });

  afterAll(async () => {
    await browser?.close();
    await db.document.deleteMany({ where: { slug: `quiet-council-accord-${RUN}` } });
    await db.meeting.deleteMany({ where: { slug: { in: [SLUG, OTHER_SLUG] } } });
    await db.$disconnect();
  });

  it("opens the saved draft in a new tab, as the public site will render it, with a banner", async () => {
    await page.goto(`${adminUrl()}/meetings/edit/${meetingId}`);
    await page.getByText("Saved · version").waitFor();
    // Unsaved changes: the editor says the preview shows the last saved version, and it does.
    await page.locator("#field-titleI18n-en").fill(`${TITLE} (unsaved)`);
    await page.getByText("Preview shows the last saved version").waitFor();
    const link = page.getByRole("link", { name: "Preview (opens in a new tab)" });
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await seriousViolations(page)).toEqual([]);

    const [tab] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
    await tab.waitForURL(`${webUrl()}/en/meetings/${SLUG}`);
    await tab.getByRole("heading", { level: 1 }).waitFor();
    expect(await tab.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    expect(await tab.getByRole("complementary", { name: "Preview" }).textContent()).toContain(BANNER);
    // The draft document shows, as it will once publishing the meeting publishes it.
    expect(await tab.locator("main").textContent()).toContain(DOCUMENT);
    expect(await tab.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
    expect(await seriousViolations(tab)).toEqual([]);

    const cookies = await tab.context().cookies(webUrl());
    const token = cookies.find((c) => c.name === "plenary_preview");
    expect(token).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    draftModeCookie = cookies.find((c) => c.name === "__prerender_bypass")!.value;
    expect(draftModeCookie).toBeTruthy();

    // The preview is never cached, and the public still gets a 404 (nothing of it entered the public cache).
    const previewed = await draftPage({ __prerender_bypass: draftModeCookie, plenary_preview: token!.value });
    expect(previewed.status).toBe(200);
    expect(previewed.text).toContain(BANNER);
    expect(previewed.cacheControl).toContain("no-store");
    expect((await draftPage()).status).toBe(404);

    // Leaving preview: draft mode off, and the draft's address is a 404 again in this browser too.
    await tab.getByRole("link", { name: "Leave preview" }).click();
    await tab.waitForURL(`${webUrl()}/en`);
    expect((await tab.context().cookies(webUrl())).map((c) => c.name)).not.toContain("plenary_preview");
    expect((await tab.goto(`${webUrl()}/en/meetings/${SLUG}`))!.status()).toBe(404);
    await tab.close();
  });

  it("stays a 404 for anonymous visitors, forged, expired and other meetings' tokens, and in the API and feeds", async () => {
    const draftMode = { __prerender_bypass: draftModeCookie };
    const valid = signPreviewToken(revalidateSecret(), { entityType: "meeting", id: meetingId }).token;
    // The control: the cookies a preview sets, with a valid token, do show the draft.
    expect((await draftPage({ ...draftMode, plenary_preview: valid })).status).toBe(200);

    const forged = signPreviewToken("a guessed secret that is long enough", {
      entityType: "meeting",
      id: meetingId,
    }).token;
    const expired = signPreviewToken(
      revalidateSecret(),
      { entityType: "meeting", id: meetingId },
      new Date(Date.now() - 11 * 60_000),
    ).token;
    const forAnother = signPreviewToken(revalidateSecret(), { entityType: "meeting", id: otherId }).token;
    const refusals = {
      anonymous: await draftPage(),
      "draft mode without a token": await draftPage(draftMode),
      "a valid token without draft mode": await draftPage({ plenary_preview: valid }),
      "a forged token": await draftPage({ ...draftMode, plenary_preview: forged }),
      "an expired token": await draftPage({ ...draftMode, plenary_preview: expired }),
      "another meeting's token": await draftPage({ ...draftMode, plenary_preview: forAnother }),
    };
    for (const [who, response] of Object.entries(refusals)) {
      expect(response.status, who).toBe(404);
      expect(response.text, who).not.toContain(TITLE);
    }

    // The preview link itself refuses forged and expired tokens and sets nothing.
    for (const token of [forged, expired, "not-a-token", `${valid}x`]) {
      const response = await fetch(`${webUrl()}/api/preview?token=${encodeURIComponent(token)}`, {
        redirect: "manual",
      });
      expect(response.status, token).toBe(401);
      expect(response.headers.getSetCookie(), token).toEqual([]);
    }

    // The JSON API and the feeds never preview.
    const previewCookies = { ...draftMode, plenary_preview: valid };
    expect((await draftPage(previewCookies, `/api/v1/meetings/${SLUG}`)).status).toBe(404);
    expect((await draftPage(previewCookies, "/feeds/meetings")).text).not.toContain(SLUG);
  });
});
