import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminUrl } from "../../../tooling/testing/apps";
import { seriousViolations } from "../../../tooling/testing/accessibility";
import { launchBrowser } from "../../../tooling/testing/browser";
import { createUserWithCli, newIsolatedPage, newTestUser, signIn } from "../../../tooling/testing/users";

describe("user management in the audit log", () => {
  let browser: Browser;
  const admin = newTestUser("admin", "Auditing Admin");
  const editor = newTestUser("editor", "Promoted Editor");

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUserWithCli(admin);
    await createUserWithCli(editor);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows an admin's change of a user's role in the audit log filtered to users: who did what to whom", async () => {
    const page = await newIsolatedPage(browser);
    await signIn(page, admin.email, admin.password);
    await page.goto(`${adminUrl()}/users`);
    const role = page.getByLabel(`Role of ${editor.email}`);
    await role.selectOption("admin");
    // The select shows the stored role once the list has reloaded after the change.
    await expect.poll(() => role.inputValue(), { timeout: 15_000 }).toBe("admin");

    await page.goto(`${adminUrl()}/audit`);
    await page.getByLabel("Kind of record").selectOption("user");
    const row = page
      .getByRole("row")
      .filter({ hasText: `${editor.name} <${editor.email}>` })
      .filter({ hasText: "Changed the role" });
    await row.waitFor();
    const cells = await row.getByRole("cell").allInnerTexts();
    expect(cells.join(" | ")).toContain(admin.name);
    expect(cells.join(" | ")).toContain("role: editor → admin");
    // The creation by the command line is there too, and nothing but users is listed.
    await page
      .getByRole("row")
      .filter({ hasText: `${editor.name} <${editor.email}>` })
      .filter({ hasText: "Command line (pnpm admin:create-user)" })
      .waitFor();
    const records = await page.locator("tbody th[scope=row]").allInnerTexts();
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((text) => text.startsWith("User: "))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // The entry leads to the user's history, which lists the same change and offers no restore.
    await row.getByRole("link", { name: `User: ${editor.name} <${editor.email}>` }).click();
    await page.getByRole("heading", { level: 1, name: "History of this user" }).waitFor();
    await page.getByRole("row", { name: /Changed the role/ }).waitFor();
    expect(await page.getByRole("button", { name: /Restore/ }).count()).toBe(0);
    await page.getByRole("cell", { name: "editor", exact: true }).waitFor();
    await page.getByRole("cell", { name: "admin", exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("records a user's own password change on the account page, by that user and without the password", async () => {
    const user = newTestUser("viewer", "Self Changer");
    await createUserWithCli(user);
    const page = await newIsolatedPage(browser);
    await signIn(page, user.email, user.password);
    await page.goto(`${adminUrl()}/account`);
    const newPassword = `${user.password} changed`;
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("New password again").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Password changed. Your other sessions were signed out.").waitFor();
    await page.context().close();

    const adminPage = await newIsolatedPage(browser);
    await signIn(adminPage, admin.email, admin.password);
    await adminPage.goto(`${adminUrl()}/audit`);
    await adminPage.getByLabel("Kind of record").selectOption("user");
    const rows = adminPage.getByRole("row").filter({ hasText: `${user.name} <${user.email}>` });
    const changed = rows.filter({ hasText: "Changed their own password" });
    await changed.waitFor();
    expect((await changed.getByRole("cell").allInnerTexts())[1]).toBe(user.name);
    expect(await rows.count()).toBe(2); // created by the command line, then the password change
    expect(await adminPage.locator("table").innerText()).not.toContain(newPassword);
    await adminPage.context().close();
  });

  it("keeps the user entries from an editor", async () => {
    const viewerOfLog = newTestUser("editor", "Curious Editor");
    await createUserWithCli(viewerOfLog);
    const page = await newIsolatedPage(browser);
    await signIn(page, viewerOfLog.email, viewerOfLog.password);
    const response = await page.request.get(
      `${adminUrl()}/api/trpc/audit.list?input=${encodeURIComponent(JSON.stringify({ json: { entityType: "user" } }))}`,
    );
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain(editor.email);
    await page.context().close();
  });
});
