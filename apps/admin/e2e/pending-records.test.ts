import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, lookup, mutateFromPage } from "../../../tooling/testing/admin-pages";
import { adminUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { createUserWithCli, newTestUser, signIn } from "../../../tooling/testing/users";

/** Types into a picker (found by its label inside `scope`) and takes the named option. */
async function pick(scope: Locator | Page, label: string, text: string, option?: string) {
  await chooseOption(scope.getByRole("combobox", { name: label, exact: true }).first(), text, option);
}

const NEW = "New — created when you save";

/** Fills the "New post" form a post picker opened (an envoy of Kazakhstan) and creates it, for its form only. */
async function fillNewEnvoyPost(page: Page) {
  const postDialog = page.getByRole("dialog", { name: "New post" });
  await postDialog.getByLabel("Role", { exact: true }).selectOption("envoy");
  await pick(postDialog, "Country", "Kazakhstan");
  await postDialog.locator(".picked", { hasText: "Kazakhstan" }).waitFor();
  await postDialog.getByRole("button", { name: "Create post" }).click();
  await postDialog.waitFor({ state: "detached" });
}

describe("records made in the meeting editor or a record's own form are created only when it is saved", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const suffix = Date.now().toString(36);
  const person = `E2E Pending Envoy ${suffix}`;
  const post = `Special Envoy of the E2E Pending Council ${suffix}`;
  const title = `E2E Pending Records Meeting ${suffix}`;
  const decision = `E2E Pending Decision ${suffix}`;
  const roadmap = `E2E Pending Roadmap ${suffix}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const editor = newTestUser("editor", "Petra Pending");
    await createUserWithCli(editor);
    // One browser context: the pages share the session and this browser's kept unsaved work.
    context = await browser.newContext();
    page = await context.newPage();
    await signIn(page, editor.email, editor.password);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const names = async (kind: string, q: string) => (await lookup(page, kind, q)).map((r) => r.labelI18n.en);

  it("keeps a person and a post made from pickers with the unsaved meeting: leaving creates neither", async () => {
    await page.goto(`${adminUrl()}/meetings/new`);
    await page.locator("#field-titleI18n-en").fill(title);
    await page.locator("#field-titleI18n-ru").fill(`Заседание E2E ${suffix}`);
    await page.locator("#field-titleI18n-zh").fill(`E2E 会议 ${suffix}`);
    await page.locator("#field-startDate").fill("2024-05-06");
    await page.locator("#field-endDate").fill("2024-05-06");
    await page.getByRole("button", { name: "Add participant" }).click();
    await pick(page, "Person", person, `Create person “${person}”`);
    const picked = page.locator(".picker:has(#field-participations-0-personId) .picker-current");
    await picked.getByText(person).waitFor();
    expect(await picked.textContent()).toContain(NEW);

    await page.getByRole("button", { name: `Add a post held… (${person})` }).click();
    const dialog = page.getByRole("dialog", { name: "Add a post held" });
    await pick(dialog, "Post", post, `Create post “${post}”…`);
    await fillNewEnvoyPost(page);
    await dialog.locator(".picker-current").getByText(NEW).waitFor();
    await dialog.getByRole("button", { name: "Add post held" }).click();
    await dialog.waitFor({ state: "detached" });
    const held = page.locator("#field-participations-0-occupancyId");
    await expect.poll(async () => (await held.locator("option:checked").textContent()) ?? "").toContain(post);
    expect(await held.locator("option:checked").textContent()).toContain(NEW);

    // The new person is offered by the other pickers, marked as new.
    await page.getByRole("button", { name: "Add participant" }).click();
    const second = page.locator("#field-participations-1-personId");
    await second.fill(person.slice(0, 20));
    const offered = page.locator("#field-participations-1-personId ~ [role=listbox] [role=option]", {
      hasText: person,
    });
    await offered.first().waitFor();
    expect(await offered.first().textContent()).toContain(NEW);
    await page.keyboard.press("Escape");
    await page
      .getByRole("button", { name: /^Remove / })
      .last()
      .click();

    // A document made from a relation's picker joins the meeting's package, as new.
    await page.getByRole("button", { name: "Add document" }).click();
    await page.locator("#field-documents-0-titleI18n-en").fill(decision);
    const card = page.getByTestId("document-card").first();
    await card.getByRole("button", { name: "Add relation" }).click();
    await pick(card, "To document", roadmap, `Create document “${roadmap}”…`);
    const documentDialog = page.getByRole("dialog", { name: "New document" });
    await documentDialog.getByLabel("Type", { exact: true }).selectOption("roadmap");
    await documentDialog.getByLabel("What the meeting did with it").selectOption("approved");
    await documentDialog.getByRole("button", { name: "Create document" }).click();
    await documentDialog.waitFor({ state: "detached" });
    const related = card.locator(".picker:has(#field-documents-0-relations-0-to) .picker-current");
    await related.getByText(roadmap).waitFor();
    expect(await related.textContent()).toContain(NEW);
    expect(await page.getByTestId("document-card").count()).toBe(2);

    // Nothing exists yet: not before the save, and not after leaving without saving.
    expect(await names("person", person)).toEqual([]);
    expect(await names("post", post)).toEqual([]);
    expect(await names("document", roadmap)).toEqual([]);
    // The browser's recovery copy is written 300 ms after the last change: wait until it holds that change (the new
    // document), not only an earlier one, before the tab goes away without asking.
    await page.waitForFunction(
      (names) =>
        names.every((name) =>
          (window.localStorage.getItem("plenary:unsaved-meeting:new") ?? "").includes(name),
        ),
      [post, roadmap],
    );
    await page.close({ runBeforeUnload: false });
    page = await context.newPage();
    await page.goto(`${adminUrl()}/meetings`);
    expect(await names("person", person)).toEqual([]);
    expect(await names("post", post)).toEqual([]);
    expect(await names("document", roadmap)).toEqual([]);
  });

  it("recovers the unsaved meeting with its new records, and the save creates them, linked", async () => {
    await page.goto(`${adminUrl()}/meetings/new`);
    await page.getByRole("button", { name: "Restore unsaved changes" }).click();
    const picked = page.locator(".picker:has(#field-participations-0-personId) .picker-current");
    await picked.getByText(person).waitFor();
    expect(await picked.textContent()).toContain(NEW);
    const held = page.locator("#field-participations-0-occupancyId");
    await expect.poll(async () => (await held.locator("option:checked").textContent()) ?? "").toContain(post);

    await page.locator("#field-participations-0-titleAsStated").fill(`Special Envoy ${person}`);
    await page.keyboard.press("Control+s");
    await page.waitForURL(/\/meetings\/edit\//);
    await page.getByText(/Saved · version 1 · draft/).waitFor();

    const [savedPerson] = await lookup(page, "person", person);
    const [savedPost] = await lookup(page, "post", post);
    expect(savedPerson?.labelI18n.en).toBe(person);
    expect(savedPost?.labelI18n.en).toBe(post);
    // The new document is the meeting's, and the decision's relation names it.
    expect(await names("document", roadmap)).toEqual([roadmap]);
    const related = page.locator(".picker:has(#field-documents-0-relations-0-to) .picker-current");
    await related.getByText(roadmap).waitFor();
    expect(await related.textContent()).not.toContain(NEW);
    // The temporary ids are replaced by the records' own: no longer marked new, and the same after a reload.
    expect(await picked.textContent()).not.toContain(NEW);
    await page.reload();
    await picked.getByText(person).waitFor();
    await expect.poll(async () => (await held.locator("option:checked").textContent()) ?? "").toContain(post);
    expect(await held.locator("option:checked").textContent()).not.toContain(NEW);
    const occupancies = await page.evaluate(async (personId) => {
      const input = encodeURIComponent(JSON.stringify({ json: { personId, date: "2024-05-06" } }));
      const response = await fetch(`/api/trpc/lookup.occupancies?input=${input}`);
      return ((await response.json()) as { result: { data: { json: { postId: string }[] } } }).result.data
        .json;
    }, savedPerson!.id);
    expect(occupancies.map((o) => o.postId)).toEqual([savedPost!.id]);
  });

  it("creates, from a release, only the person as corrected and no post from half a title", async () => {
    const release =
      `The meeting of the SCO Council of Heads of Government was held in Moscow on 30 November 2020. ` +
      `Prime Minister of Rocklandia Ivan Petrovic took part. ` +
      `Prime Minister of the Russian Federation Mikhail Mishustin chaired.`;
    await page.goto(`${adminUrl()}/meetings/from-release`);
    await page.getByLabel("Press release text").fill(release);
    await page.getByRole("button", { name: "Read release" }).click();
    const asStated = "Prime Minister of Rocklandia Ivan Petrovic";
    const name = page.getByLabel(`Name of the new person for ${asStated}`);
    await name.waitFor();
    // The reader took the unknown country's name for part of the person's: the editor corrects it.
    expect(await name.inputValue()).toBe("Rocklandia Ivan Petrovic");
    // Nothing is created while reviewing.
    expect(await names("person", "Petrovic")).toEqual([]);
    await name.fill("Ivan Petrović");
    await page.getByRole("button", { name: "Create draft meeting" }).click();
    await page.waitForURL(/\/meetings\/edit\//);
    await page.getByTestId("participant-row").first().waitFor();

    expect(await names("person", "Petrovi")).toEqual(["Ivan Petrović"]);
    expect((await names("post", "Prime Minister of")).filter((label) => !/of \S/.test(label))).toEqual([]);
  });

  it("creates no post when a post-held form outside the meeting editor is closed, and merging offers no Create", async () => {
    const envoy = `E2E Cancelled Envoy ${suffix}`;
    const [savedPerson] = await lookup(page, "person", person);
    await page.goto(`${adminUrl()}/records/person/${savedPerson!.id}`);
    await page.getByRole("button", { name: "Add a post held…", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Add a post held" });
    await pick(dialog, "Post", envoy, `Create post “${envoy}”…`);
    await fillNewEnvoyPost(page);
    // Kept with the form, and created only by its save: closing it leaves nothing behind.
    await dialog.locator(".picker-current").getByText(NEW).waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await names("post", envoy)).toEqual([]);

    // Merging picks two records that exist: nothing is offered to create.
    await page.goto(`${adminUrl()}/merge/post`);
    await page.locator("#field-survivorId").fill(envoy);
    await page.locator("#field-survivorId ~ .picker-status", { hasText: "No match" }).waitFor();
    expect(await page.getByRole("option", { name: /^Create / }).count()).toBe(0);
  });
  /** A new page in the same session (the last one is closed without being asked about its unsaved changes). */
  const reopen = async (path: string) => {
    await page.close({ runBeforeUnload: false });
    page = await context.newPage();
    await page.goto(`${adminUrl()}${path}`);
  };

  it("keeps an organization made in a post's own form until the post is saved: leaving or a conflict creates none", async () => {
    const agency = `E2E Pending Agency ${suffix}`;
    const [kazakhstan] = await lookup(page, "country", "Kazakhstan");
    const created = await mutateFromPage(page, "post.create", {
      labelI18n: { en: `E2E Envoy Without an Agency ${suffix}` },
      role: "envoy",
      countryId: kazakhstan!.id,
    });
    const post = (JSON.parse(created.body) as { result: { data: { json: { record: { id: string } } } } })
      .result.data.json.record.id;
    const form = () => page.getByRole("form", { name: "Post" });
    const picked = () => page.locator(".picker:has(#field-organizationId) .picker-current");
    /** Makes the agency in the post's organization picker: kept, shown as new, not created. */
    const makeAgency = async () => {
      await pick(form(), "Organization", agency, `Create organization “${agency}”…`);
      const dialog = page.getByRole("dialog", { name: "New organization" });
      await dialog.getByLabel("Classification").selectOption("government");
      await dialog.getByRole("button", { name: "Create organization" }).click();
      await dialog.waitFor({ state: "detached" });
      await picked().getByText(agency).waitFor();
      expect(await picked().textContent()).toContain(NEW);
      expect(await names("organization", agency)).toEqual([]);
    };

    await reopen(`/records/post/${post}`);
    await makeAgency();
    // Leaving without saving creates nothing.
    await reopen(`/records/post/${post}`);
    expect(await names("organization", agency)).toEqual([]);

    // A save that conflicts with someone else's creates nothing; the new agency stays kept in the form.
    await makeAgency();
    const other = await mutateFromPage(page, "post.update", { id: post, version: 1, role: "other" });
    expect(other.status).toBe(200);
    await form().getByRole("button", { name: "Save" }).click();
    await form()
      .getByText(/Your changes are still in the form/)
      .waitFor();
    expect(await names("organization", agency)).toEqual([]);
    expect(await picked().textContent()).toContain(NEW);

    // From the saved version, the post's save creates the agency with it, and names it.
    await reopen(`/records/post/${post}`);
    await makeAgency();
    await page.keyboard.press("Control+s");
    await form().getByText("Saved (version 3).").waitFor();
    expect(await names("organization", agency)).toEqual([agency]);
    expect(await picked().textContent()).not.toContain(NEW);
    await page.reload();
    await picked().getByText(agency).waitFor();
  });

  it("keeps a broader topic made in a topic's own form until a save that is not refused", async () => {
    const broad = `E2E Pending Broad Topic ${suffix}`;
    const taken = `e2e-taken-topic-${suffix}`;
    const topicOf = async (label: string, slug?: string) => {
      const created = await mutateFromPage(page, "topic.create", { labelI18n: { en: label }, slug });
      return (JSON.parse(created.body) as { result: { data: { json: { record: { id: string } } } } }).result
        .data.json.record.id;
    };
    await topicOf(`E2E Topic With a Taken Slug ${suffix}`, taken);
    const topic = await topicOf(`E2E Narrow Topic ${suffix}`);
    await reopen(`/records/topic/${topic}`);
    const form = page.getByRole("form", { name: "Topic" });
    await pick(form, "Broader topic", broad, `Create topic “${broad}”`);
    const picked = page.locator(".picker:has(#field-parentId) .picker-current");
    await picked.getByText(broad).waitFor();
    expect(await picked.textContent()).toContain(NEW);

    // The server refuses the save (the slug is another topic's): the broader topic is not created.
    await page.locator("#field-slug").fill(taken);
    await form.getByRole("button", { name: "Save" }).click();
    await page.locator("#field-slug[aria-invalid=true]").waitFor();
    expect(await names("topic", broad)).toEqual([]);

    await page.locator("#field-slug").fill(`e2e-narrow-topic-${suffix}`);
    await form.getByRole("button", { name: "Save" }).click();
    await form.getByText("Saved (version 2).").waitFor();
    expect(await names("topic", broad)).toEqual([broad]);
    expect(await picked.textContent()).not.toContain(NEW);
  });
});
