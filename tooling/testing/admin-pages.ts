import type { Browser, Locator, Page } from "playwright-core";
import { createUserWithCli, newIsolatedPage, newTestUser, signIn } from "./users";

/** What the admin's tests do on its pages: sign in, find records as the pickers do, pick them, read the sections. */

/** A new page of its own, signed in as a new editor with this name (created with the real command first). */
export async function signedInEditor(browser: Browser, name: string): Promise<Page> {
  const page = await newIsolatedPage(browser);
  const editor = newTestUser("editor", name);
  await createUserWithCli(editor);
  await signIn(page, editor.email, editor.password);
  return page;
}

export interface Listed {
  id: string;
  labelI18n: { en: string };
  status: string | null;
}

/** Records as the pickers find them, through the admin's own api with the page's session. */
export async function lookup(page: Page, entityType: string, q: string): Promise<Listed[]> {
  return page.evaluate(
    async ([type, text]) => {
      const input = encodeURIComponent(JSON.stringify({ json: { entityType: type, q: text, limit: 50 } }));
      const response = await fetch(`/api/trpc/lookup.list?input=${input}`);
      const body = (await response.json()) as { result: { data: { json: { items: Listed[] } } } };
      return body.result.data.json.items;
    },
    [entityType, q] as const,
  );
}

/**
 * Types into a picker's combobox and clicks the first result, or the named option (the inline "Create …" entry, for
 * one); resolves with the text of what it clicked.
 */
export async function chooseOption(
  input: Locator,
  text: string,
  option?: string,
  { exact = true }: { exact?: boolean } = {},
): Promise<string> {
  await input.fill(text);
  const id = await input.getAttribute("id");
  const results = input.page().locator(`#${id} ~ [role=listbox]`);
  const choice = option
    ? results.getByRole("option", { name: option, exact })
    : results.getByRole("option").first();
  await choice.waitFor();
  const chosen = (await choice.textContent()) ?? "";
  await choice.click();
  return chosen;
}

/** A record page's "What links here" section, by its title (shown with its count). */
export const section = (page: Page, title: string) =>
  page.getByRole("region", { name: new RegExp(`^${title} \\(\\d+\\)$`) });

/** A tRPC mutation sent from the page itself (same origin, the page's session cookie). */
export async function mutateFromPage(
  page: Page,
  path: string,
  input: unknown,
): Promise<{ status: number; body: string }> {
  return page.evaluate(
    async ({ path, input }) => {
      const response = await fetch(`/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      });
      return { status: response.status, body: await response.text() };
    },
    { path, input },
  );
}
