import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { createUserWithCli, newIsolatedPage, newTestUser, signIn } from "../../../tooling/testing/users";

interface Person {
  id: string;
  slug: string;
  version: number;
}

/** Calls the admin's api from the signed-in page itself (same origin, the page's session), as its forms do. */
async function mutate<T>(page: Page, path: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, input }) => {
      const response = await fetch(`/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      });
      const body = (await response.json()) as { result?: { data: { json: unknown } }; error?: unknown };
      if (!body.result) throw new Error(JSON.stringify(body.error));
      return body.result.data.json;
    },
    { path, input },
  ) as Promise<T>;
}

const save = (page: Page) => page.keyboard.press("Control+s");

describe("reference records and lists", () => {
  let browser: Browser;
  let page: Page;
  const unique = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    const editor = newTestUser("editor", "Rhea Records");
    await createUserWithCli(editor);
    page = await newIsolatedPage(browser);
    await signIn(page, editor.email, editor.password);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("checks a record against the domain's schema at the fields, puts the api's errors there too, and saves from its version", async () => {
    const { record: person } = await mutate<{ record: Person }>(page, "person.create", {
      nameI18n: { en: `E2E Form Person ${unique}` },
    });
    const { record: other } = await mutate<{ record: Person }>(page, "person.create", {
      nameI18n: { en: `E2E Other Person ${unique}` },
    });

    await page.goto(`${adminUrl()}/records/person/${person.id}`);
    const name = page.locator("#field-nameI18n-en");
    await name.fill("");
    await page.getByText("Unsaved changes", { exact: true }).waitFor();
    await save(page);
    // The domain's rule (English is required) at the field, and in the summary with a link to it.
    const summary = page.locator(".error-summary");
    await summary.getByRole("heading", { name: "1 problem stops the save" }).waitFor();
    expect(await summary.getByRole("link").getAttribute("href")).toBe("#field-nameI18n-en");
    expect(await name.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await name.getAttribute("aria-describedby")) ?? "";
    expect(describedBy).not.toBe("");
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBeTruthy();
    // Fixing the field clears its problem as you type.
    await name.fill(`E2E Form Person ${unique} renamed`);
    await summary.waitFor({ state: "detached" });

    // The api refuses a slug another record has: its error lands at the slug field.
    const slug = page.locator("#field-slug");
    await slug.fill(other.slug);
    await save(page);
    // The field is named in words, as the summary names every field ("Slug: …").
    await summary.getByRole("link", { name: /^Slug: / }).waitFor();
    expect(await slug.getAttribute("aria-invalid")).toBe("true");
    await slug.fill(`e2e-form-person-${unique}`);
    await save(page);
    await page.getByText("Saved (version 2).").waitFor();
    await page.getByText("Saved · version 2").waitFor();

    // Someone else saves in between: this form saves from version 2 and is refused, keeping what was typed.
    await mutate(page, "person.update", { id: person.id, version: 2, givenName: "Elsewhere" });
    await page.locator("#field-familyName").fill("Typed here");
    await save(page);
    await page.getByText(/Your changes are still in the form/).waitFor();
    expect(await page.locator("#field-familyName").inputValue()).toBe("Typed here");
  });

  it("sorts a list by its column headers and keeps the columns chosen after a reload", async () => {
    await page.goto(`${adminUrl()}/records/person`);
    const nameHeader = page.getByRole("columnheader", { name: "Name" });
    await page
      .getByRole("columnheader", { name: "Last changed" })
      .and(page.locator('[aria-sort="descending"]'))
      .waitFor();
    await nameHeader.getByRole("button", { name: "Name" }).click();
    await nameHeader.and(page.locator('[aria-sort="ascending"]')).waitFor();
    expect(
      await page.getByRole("columnheader", { name: "Last changed" }).getAttribute("aria-sort"),
    ).toBeNull();
    await nameHeader.getByRole("button", { name: "Name" }).click();
    await nameHeader.and(page.locator('[aria-sort="descending"]')).waitFor();

    expect(await page.getByRole("columnheader", { name: "Slug" }).count()).toBe(0);
    await page.getByRole("group", { name: "Columns" }).getByRole("checkbox", { name: "Slug" }).check();
    await page.getByRole("columnheader", { name: "Slug" }).waitFor();
    await page.getByRole("group", { name: "Columns" }).getByRole("checkbox", { name: "Details" }).uncheck();
    expect(await page.getByRole("columnheader", { name: "Details" }).count()).toBe(0);

    await page.reload();
    await page.getByRole("columnheader", { name: "Slug" }).waitFor();
    expect(
      await page.getByRole("group", { name: "Columns" }).getByRole("checkbox", { name: "Slug" }).isChecked(),
    ).toBe(true);
    expect(await page.getByRole("columnheader", { name: "Details" }).count()).toBe(0);
    // Other kinds of record keep their own choice.
    await page.goto(`${adminUrl()}/records/country`);
    await page.getByRole("columnheader", { name: "Details" }).waitFor();
    expect(await page.getByRole("columnheader", { name: "Slug" }).count()).toBe(0);
  });
});
