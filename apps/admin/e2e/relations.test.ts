import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../../../tooling/testing/accessibility";
import { lookup, mutateFromPage, section, signedInEditor } from "../../../tooling/testing/admin-pages";
import { adminUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";

const MEETING_TITLE = "Meeting of the SCO Council of Heads of State";
const MEETING_HREF = "/meetings/meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
const ACTION_PLAN =
  "Action Plan for 2021–2025 on the implementation of the SCO Development Strategy until 2025";

describe("reverse relations and inline creation", () => {
  let browser: Browser;
  let page: Page;
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInEditor(browser, "Rita Relations");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists a person's participations, each linking to the meeting, with the post held, category and role", async () => {
    const [putin] = (await lookup(page, "person", "putin")).filter(
      (p) => p.labelI18n.en === "Vladimir Putin",
    );
    await page.goto(`${adminUrl()}/records/person/${putin!.id}`);
    await page.getByRole("heading", { level: 2, name: "What links here" }).waitFor();

    const participations = section(page, "Participations");
    const row = participations.locator("tbody tr", { has: page.locator(`a[href="${MEETING_HREF}"]`) });
    await row.waitFor();
    const text = await row.textContent();
    for (const fact of [
      MEETING_TITLE,
      "President of Russia",
      "2020-11-10",
      "Member states",
      "Chair",
      "Russian President Vladimir Putin",
    ]) {
      expect(text).toContain(fact);
    }
    expect(await section(page, "Posts held").locator("tbody").textContent()).toContain("President of Russia");
    expect(await section(page, "Speeches").locator("tbody tr").count()).toBeGreaterThanOrEqual(3);
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole("link", { name: MEETING_TITLE }).click();
    await page.getByRole("heading", { level: 1, name: MEETING_TITLE, exact: true }).waitFor();
  });

  it("gives a document a page of its own: its meeting, its relations both ways, its history and its editor", async () => {
    await page.goto(`${adminUrl()}/records/document`);
    // The records list opens documents on this page now, not on their history.
    await page.locator('a[href^="/records/document/"]').first().waitFor();

    const [plan] = (await lookup(page, "document", "Action Plan for 2021")).filter(
      (d) => d.labelI18n.en === ACTION_PLAN && d.status === "published",
    );
    await page.goto(`${adminUrl()}/records/document/${plan!.id}`);
    await page.getByRole("heading", { level: 1, name: ACTION_PLAN, exact: true }).waitFor();

    const meeting = section(page, "Listed by meeting");
    await meeting.locator(`a[href="${MEETING_HREF}"]`).waitFor();
    const relatesTo = await section(page, "Relates to").locator("tbody tr").allTextContents();
    expect(relatesTo).toHaveLength(1);
    expect(relatesTo[0]).toContain("SCO Development Strategy until 2025");
    expect(relatesTo[0]).toContain("Implements");
    const referredToBy = await section(page, "Referred to by").locator("tbody tr").allTextContents();
    expect(referredToBy).toHaveLength(1);
    expect(referredToBy[0]).toContain("Decision approving the Action Plan");
    expect(referredToBy[0]).toContain("Approves");
    expect(await page.getByRole("link", { name: "History", exact: true }).getAttribute("href")).toBe(
      `/history/document/${plan!.id}`,
    );
    expect(await page.getByRole("link", { name: "Edit in the meeting editor" }).getAttribute("href")).toMatch(
      /^\/meetings\/edit\/[a-z0-9]+$/,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // Following a relation opens the other document's page, which lists the relation from its side.
    await section(page, "Relates to")
      .getByRole("link", { name: "SCO Development Strategy until 2025" })
      .click();
    // Exact: the plan's own title contains the strategy's.
    await page
      .getByRole("heading", { level: 1, name: "SCO Development Strategy until 2025", exact: true })
      .waitFor();
    await section(page, "Referred to by").getByRole("link", { name: ACTION_PLAN, exact: true }).waitFor();
    expect(await section(page, "Listed by meeting").textContent()).toContain("None.");
  });

  it("creates an organization from the meeting editor's body picker, through a form that checks it, and picks it", async () => {
    const name = `E2E Inline Council ${suffix}`;
    await page.goto(`${adminUrl()}/meetings/new`);
    const picker = page.locator("#field-bodyId");
    await picker.fill(name);
    const create = page
      .locator("#field-bodyId ~ [role=listbox]")
      .getByRole("option", { name: `Create organization “${name}”…` });
    await create.waitFor();

    // Keyboard: the arrow keys reach the create entry (the last option: ArrowUp from none), Enter opens the form
    // with the typed name in focus; Escape closes it and returns to the picker.
    await page.keyboard.press("ArrowUp");
    expect(await picker.getAttribute("aria-activedescendant")).toBe(await create.getAttribute("id"));
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "New organization" });
    await dialog.waitFor();
    const nameField = dialog.getByLabel("Name (English)");
    expect(await nameField.inputValue()).toBe(name);
    expect(await nameField.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);
    // Pointing at the results again keeps what was typed (it once erased it, and the list changed under the pointer).
    await create.hover();
    await page.locator("#field-bodyId ~ [role=listbox] li.active").waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    expect(await picker.inputValue()).toBe(name);

    await create.click();
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The classification is required: the error shows at the field, which gets the focus, and nothing is created.
    await dialog.getByRole("button", { name: "Create organization" }).click();
    await dialog.getByText("Choose the classification.").waitFor();
    const classification = dialog.getByLabel("Classification");
    const describedBy = await classification.getAttribute("aria-describedby");
    expect(await page.locator(`#${describedBy}`).textContent()).toBe("Choose the classification.");
    expect(await classification.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await lookup(page, "organization", name)).toEqual([]);

    await classification.selectOption("igo_organ");
    await dialog.getByLabel("Abbreviation (optional)").fill("EIC");
    await dialog.getByRole("button", { name: "Create organization" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.locator(".picker:has(#field-bodyId) .picked", { hasText: name }).waitFor();
    // Picked as new: kept with the unsaved meeting, and created by the meeting's save, not before.
    await page
      .locator(".picker:has(#field-bodyId) .picker-current", { hasText: "New — created when you save" })
      .waitFor();
    expect(await lookup(page, "organization", name)).toEqual([]);
    await page.locator("#field-titleI18n-en").fill(`E2E Inline Council Meeting ${suffix}`);
    await page.locator("#field-titleI18n-ru").fill(`Заседание E2E ${suffix}`);
    await page.locator("#field-titleI18n-zh").fill(`E2E 会议 ${suffix}`);
    await page.locator("#field-startDate").fill("2024-03-05");
    await page.locator("#field-endDate").fill("2024-03-05");
    await page.keyboard.press("Control+s");
    await page.waitForURL(/\/meetings\/edit\//);
    const created = await lookup(page, "organization", name);
    expect(created.map((o) => o.labelI18n.en)).toEqual([name]);
  });

  it("creates a post, with a new organization created inside its form, with the post held that names it", async () => {
    // Posts are picked (and created) where a post picker is: a person's "Add a post held…" form, whose save creates
    // the new post (and its new organization) with the post held, in one transaction.
    const label = `E2E Inline Envoy ${suffix}`;
    const organization = `E2E Inline Agency ${suffix}`;
    const created = await mutateFromPage(page, "person.create", {
      nameI18n: { en: `E2E Inline Holder ${suffix}` },
    });
    const holder = (JSON.parse(created.body) as { result: { data: { json: { record: { id: string } } } } })
      .result.data.json.record.id;
    await page.goto(`${adminUrl()}/records/person/${holder}`);
    await page.getByRole("button", { name: "Add a post held…", exact: true }).click();
    const held = page.getByRole("dialog", { name: "Add a post held" });
    await held.getByRole("combobox", { name: "Post", exact: true }).fill(label);
    await held.getByRole("option", { name: `Create post “${label}”…` }).click();
    const dialog = page.getByRole("dialog", { name: "New post" });
    await dialog.waitFor();
    expect(await dialog.getByLabel("Label (English)").inputValue()).toBe(label);

    await dialog.getByRole("button", { name: "Create post" }).click();
    await dialog.getByText("Choose the role.").waitFor();
    await dialog.getByText("A post belongs to an organization or a country: pick one (or both).").waitFor();
    await dialog.getByLabel("Role").selectOption("envoy");

    // The organization does not exist yet either: its own form opens over the post's.
    const orgPicker = dialog.getByRole("combobox", { name: "Organization" });
    await orgPicker.fill(organization);
    await dialog.getByRole("option", { name: `Create organization “${organization}”…` }).click();
    const orgDialog = page.getByRole("dialog", { name: "New organization" });
    await orgDialog.waitFor();
    await orgDialog.getByLabel("Classification").selectOption("government");
    await orgDialog.getByRole("button", { name: "Create organization" }).click();
    await orgDialog.waitFor({ state: "detached" });
    await dialog.locator(".picked", { hasText: organization }).waitFor();

    await dialog.getByRole("button", { name: "Create post" }).click();
    await dialog.waitFor({ state: "detached" });
    await held.locator(".picked", { hasText: label }).waitFor();
    // Kept with the post-held form: created by its save, not before.
    expect(await lookup(page, "post", label)).toEqual([]);
    expect(await lookup(page, "organization", organization)).toEqual([]);
    await held.getByRole("button", { name: "Add post held" }).click();
    await held.waitFor({ state: "detached" });

    // The new post's page lists it under the new organization's posts.
    const [post] = await lookup(page, "post", label);
    const [agency] = await lookup(page, "organization", organization);
    await page.goto(`${adminUrl()}/records/organization/${agency!.id}`);
    await section(page, "Posts").locator(`a[href="/records/post/${post!.id}"]`).waitFor();
  });
});
