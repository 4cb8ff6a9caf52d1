import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../../../tooling/testing/accessibility";
import { chooseOption, lookup, section, signedInEditor } from "../../../tooling/testing/admin-pages";
import { adminUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";

/** Types into a picker (found by its label inside `scope`) and takes the first result or the named "Create …" entry. */
async function pick(scope: Locator | Page, label: string, text: string, option?: string) {
  await chooseOption(scope.getByRole("combobox", { name: label, exact: true }), text, option);
}

describe("posts held and memberships", () => {
  let browser: Browser;
  let page: Page;
  const suffix = Date.now().toString(36);
  const person = `E2E Secretary ${suffix}`;
  const organization = `E2E Treaty Organization ${suffix}`;
  const post = `Secretary-General of the E2E Treaty Organization ${suffix}`;
  const title = `E2E Council of the Treaty Organization ${suffix}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signedInEditor(browser, "Olga Occupancy");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("records a new person's new post from the participant row, picks it, and saves the meeting", async () => {
    await page.goto(`${adminUrl()}/meetings/new`);
    await page.locator("#field-titleI18n-en").fill(title);
    await page.locator("#field-titleI18n-ru").fill(`Совет E2E ${suffix}`);
    await page.locator("#field-titleI18n-zh").fill(`E2E 理事会 ${suffix}`);
    await page.locator("#field-startDate").fill("2024-07-04");
    await page.locator("#field-endDate").fill("2024-07-04");

    await page.getByRole("button", { name: "Add participant" }).click();
    await pick(page, "Person", person, `Create person “${person}”`);
    await page
      .locator(".picker:has(#field-participations-0-personId) .picked", { hasText: person })
      .waitFor();

    const add = page.getByRole("button", { name: `Add a post held… (${person})` });
    await add.click();
    const dialog = page.getByRole("dialog", { name: "Add a post held" });
    await dialog.waitFor();
    // Starts on the meeting's date; the post is required, and saying so puts the focus on it.
    expect(await dialog.getByLabel(/^Start date/).inputValue()).toBe("2024-07-04");
    await dialog.getByRole("button", { name: "Add post held" }).click();
    await dialog.getByText("Pick the post held.").waitFor();
    const postPicker = dialog.getByRole("combobox", { name: "Post", exact: true });
    expect(await postPicker.evaluate((el) => el === document.activeElement)).toBe(true);
    // Escape closes the picker's results (opened by the focus), not the dialog, which axe then checks.
    await page.keyboard.press("Escape");
    await postPicker.and(page.locator("[aria-expanded=false]")).waitFor();
    expect(await dialog.isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // A post that does not exist yet, for an organization that does not either: both created on the way.
    await pick(dialog, "Post", post, `Create post “${post}”…`);
    const postDialog = page.getByRole("dialog", { name: "New post" });
    await postDialog.waitFor();
    await postDialog.getByLabel("Role", { exact: true }).selectOption("head_of_igo");
    await pick(postDialog, "Organization", organization, `Create organization “${organization}”…`);
    const organizationDialog = page.getByRole("dialog", { name: "New organization" });
    await organizationDialog.getByLabel("Classification").selectOption("igo");
    await organizationDialog.getByRole("button", { name: "Create organization" }).click();
    await organizationDialog.waitFor({ state: "detached" });
    await postDialog.locator(".picked", { hasText: organization }).waitFor();
    await postDialog.getByRole("button", { name: "Create post" }).click();
    await postDialog.waitFor({ state: "detached" });
    await dialog.locator(".picked", { hasText: post }).waitFor();

    // Dates out of order are refused at the field, and nothing is added.
    await dialog.getByLabel(/^End date/).fill("2024-07");
    await dialog.getByLabel(/^Start date/).fill("2024-08-01");
    await dialog.getByRole("button", { name: "Add post held" }).click();
    await dialog.getByText(/ends \(2024-07\) before it starts \(2024-08-01\)/).waitFor();
    await dialog.getByLabel(/^End date/).fill("");
    await dialog.getByLabel(/^Start date/).fill("2024-07-04");
    await dialog.getByLabel("Qualifier", { exact: true }).selectOption("acting");
    await dialog.getByRole("button", { name: "Add post held" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await add.evaluate((el) => el === document.activeElement)).toBe(true);

    // The new post held is the participant's, chosen for the row.
    const held = page.locator("#field-participations-0-occupancyId");
    await expect.poll(async () => (await held.locator("option:checked").textContent()) ?? "").toContain(post);
    expect(await held.inputValue()).not.toBe("");

    await page.locator("#field-participations-0-titleAsStated").fill(`Secretary-General ${person}`);
    await page.keyboard.press("Control+s");
    await page.waitForURL(/\/meetings\/edit\//);
    await page.getByText(/Saved · version 1 · draft/).waitFor();

    // Saved with the meeting: a fresh load shows the same post held.
    await page.reload();
    await expect
      .poll(
        async () =>
          (await page.locator("#field-participations-0-occupancyId option:checked").textContent()) ?? "",
      )
      .toContain(post);
  });

  it("lists the post held on the person's page, where it can be edited (ended)", async () => {
    const [found] = await lookup(page, "person", person);
    await page.goto(`${adminUrl()}/records/person/${found!.id}`);
    const editor = page.getByRole("region", { name: "Edit posts held" });
    const row = editor.locator("tbody tr", { hasText: post });
    await row.waitFor();
    expect(await row.textContent()).toContain("2024-07-04 –");
    expect(await row.textContent()).toContain("Acting");
    await section(page, "Posts held").locator("tbody tr", { hasText: post }).waitFor();
    expect(await section(page, "Participations").textContent()).toContain(title);
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole("button", { name: /^Edit / }).click();
    const dialog = page.getByRole("dialog", { name: "Edit post held" });
    await dialog.getByLabel(/^End date/).fill("2025-01-31");
    await dialog.getByLabel("Qualifier", { exact: true }).selectOption("");
    await dialog.getByRole("button", { name: "Save post held" }).click();
    await dialog.waitFor({ state: "detached" });
    await editor.getByText("Post held saved.").waitFor();
    await expect.poll(async () => (await row.textContent()) ?? "").toContain("2024-07-04 – 2025-01-31");
    expect(await row.textContent()).not.toContain("Acting");

    // The saved meeting's participation names it as the post held that day: removing it is refused, and it stays.
    await row.getByRole("button", { name: /^Edit / }).click();
    const again = page.getByRole("dialog", { name: "Edit post held" });
    await again.getByRole("button", { name: "Remove…" }).click();
    await again.getByRole("button", { name: "Remove this post held" }).click();
    await again
      .getByRole("alert")
      .getByText(/A participation names this post held/)
      .waitFor();
    await again.getByRole("button", { name: "Cancel" }).click();
    await again.waitFor({ state: "detached" });
    expect(await editor.locator("tbody tr", { hasText: post }).count()).toBe(1);
  });

  it("adds a membership on the organization's page and refuses one that would overlap it (rule 5)", async () => {
    const [found] = (await lookup(page, "organization", organization)).filter(
      (o) => o.labelI18n.en === organization,
    );
    await page.goto(`${adminUrl()}/records/organization/${found!.id}`);
    const editor = page.getByRole("region", { name: "Edit memberships" });
    await editor.getByText("No memberships recorded.").waitFor();

    await editor.getByRole("button", { name: "Add a membership…" }).click();
    let dialog = page.getByRole("dialog", { name: "Add a membership" });
    await pick(dialog, "Country", "kazakhstan");
    await dialog.locator(".picked", { hasText: "Kazakhstan" }).waitFor();
    await dialog.getByLabel("Status", { exact: true }).selectOption("member");
    await dialog.getByLabel(/^Start date/).fill("2024-01-15");
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Add membership" }).click();
    await dialog.waitFor({ state: "detached" });
    const row = editor.locator("tbody tr", { hasText: "Kazakhstan" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Member");
    expect(await row.textContent()).toContain("2024-01-15 –");
    await section(page, "Member countries").locator("tbody tr", { hasText: "Kazakhstan" }).waitFor();

    // A second status for the same country while the first lasts: refused at its start date, nothing added.
    await editor.getByRole("button", { name: "Add a membership…" }).click();
    dialog = page.getByRole("dialog", { name: "Add a membership" });
    await pick(dialog, "Country", "kazakhstan");
    await dialog.locator(".picked", { hasText: "Kazakhstan" }).waitFor();
    await dialog.getByLabel("Status", { exact: true }).selectOption("observer");
    await dialog.getByLabel(/^Start date/).fill("2024-06");
    await dialog.getByRole("button", { name: "Add membership" }).click();
    await dialog.getByText(/memberships in .* overlap/).waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await editor.locator("tbody tr").count()).toBe(1);

    // One entered by mistake is removed, after a confirmation.
    await row.getByRole("button", { name: /^Edit / }).click();
    dialog = page.getByRole("dialog", { name: "Edit membership" });
    await dialog.getByRole("button", { name: "Remove…" }).click();
    await dialog.getByRole("button", { name: "Remove this membership" }).click();
    await dialog.waitFor({ state: "detached" });
    await editor.getByText("Membership removed.").waitFor();
    await editor.getByText("No memberships recorded.").waitFor();
    expect(
      await editor
        .getByRole("button", { name: "Add a membership…" })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
  });
});
