// Every screen of the admin (the inventory, tooling/testing/admin-routes.ts), walked once per role, checked against
// the server's own role policy (each procedure's access level, `procedureAccess`, the one its middleware enforces):
// a screen asks the server only what the role may ask, offers only buttons whose procedure the role may call (each
// write button is pressed with every write held back, so nothing is stored), and links only to screens the role
// can use. A viewer's screens have nothing to type into and no write buttons.
import { procedureAccess } from "@plenary/api";
import { roleMay, type UserRole } from "@plenary/domain";
import type { Browser, Page, Request, Response, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_ROUTES, adminRouteOf, type ExampleRecords } from "../../../tooling/testing/admin-routes";
import { lookup, mutateFromPage } from "../../../tooling/testing/admin-pages";
import { adminUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { createUserWithCli, newIsolatedPage, newTestUser, signIn } from "../../../tooling/testing/users";

const SEED_MEETING = "Meeting of the SCO Council of Heads of State";
const SEED_SLUG = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

/** Buttons that change something, by the first word of their name. */
const WRITE_BUTTON =
  /^(save|create|new|add|edit|delete|remove|restore|publish|unpublish|schedule|request|approve|return|move|purge|merge|undo|import|read|reset|disable|enable|set|change|submit|accept|bulk)\b/i;

const ACCESS = procedureAccess();

/** The procedures a request to the admin's tRPC endpoint calls ("/api/trpc/a.b,c.d?batch=1" → a.b, c.d). */
function proceduresOf(request: Request): string[] {
  const { pathname } = new URL(request.url());
  const at = pathname.indexOf("/api/trpc/");
  if (at < 0) return [];
  return decodeURIComponent(pathname.slice(at + "/api/trpc/".length))
    .split(",")
    .filter(Boolean);
}

/** What the role may not call, or the server does not know, among these procedures. */
function refusedTo(role: UserRole, procedures: string[]): string[] {
  return procedures.filter((path) => {
    const access = ACCESS[path]?.access;
    return !access || !roleMay(role, access);
  });
}

async function signedInAs(browser: Browser, role: UserRole): Promise<Page> {
  const user = newTestUser(role, `Walking ${role}`);
  await createUserWithCli(user);
  const page = await newIsolatedPage(browser);
  await signIn(page, user.email, user.password);
  return page;
}

/** Waits until the screen has loaded what it shows. */
async function settle(page: Page): Promise<void> {
  await page.locator("main h1").first().waitFor();
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
  await page
    .locator("main [role=status]")
    .filter({ hasText: /^Loading/ })
    .first()
    .waitFor({ state: "detached" });
}

/**
 * Enabled controls in the page's main part that change records: everything one can type into or choose, except
 * what only changes what is shown (filters and column choices in a search landmark, the versions a history
 * compares).
 */
function recordControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "main input, main select, main textarea, main [contenteditable]",
      ),
    ]
      .filter((control) => {
        if (control instanceof HTMLInputElement && control.type === "hidden") return false;
        if ("disabled" in control && (control as HTMLInputElement).disabled) return false;
        if (control.isContentEditable === false && control.hasAttribute("contenteditable")) return false;
        if (control.closest("[role=search]")) return false;
        const name = control.getAttribute("aria-label") ?? "";
        return !(
          control instanceof HTMLInputElement &&
          control.type === "radio" &&
          name.startsWith("Compare ")
        );
      })
      .map((control) => control.id || control.getAttribute("aria-label") || control.outerHTML.slice(0, 80)),
  );
}

/** Names of the enabled buttons in the page's main part. */
async function enabledButtons(page: Page): Promise<string[]> {
  const buttons = page.locator("main").getByRole("button");
  const names: string[] = [];
  for (const button of await buttons.all()) {
    if ((await button.isVisible()) && (await button.isEnabled()))
      names.push(((await button.getAttribute("aria-label")) ?? (await button.innerText())).trim());
  }
  return names;
}

const an = (role: UserRole) => (role === "viewer" ? "a viewer" : `an ${role}`);

/** Other screens this page links to that the role may not use. */
async function linksBeyond(page: Page, role: UserRole): Promise<string[]> {
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const here = new URL(page.url());
  return hrefs.filter((href) => {
    const url = new URL(href);
    if (url.origin !== here.origin || url.pathname === here.pathname) return false;
    const route = adminRouteOf(url.pathname);
    const needs = route ? ADMIN_ROUTES[route]!.needs : undefined;
    return needs !== undefined && needs !== "signedOut" && !roleMay(role, needs);
  });
}

/**
 * Walks every inventoried screen as this role and returns what it found wrong, by address. Every write the screens
 * send is held back (aborted before it leaves the browser) and every question they ask is answered yes, so that
 * pressing a button shows the procedure it calls without changing anything.
 */
async function walk(page: Page, role: UserRole, records: ExampleRecords, only?: string[]) {
  const problems: Record<string, string[]> = {};
  /** By address: the enabled buttons, the procedures pressing them called, the questions they asked first. */
  const offered: Record<string, string[]> = {};
  const called: Record<string, string[]> = {};
  const questions: Record<string, string[]> = {};
  let current = "";
  const note = (problem: string) => (problems[current] ??= []).push(problem);
  const pressed: string[] = [];

  page.on("dialog", (dialog) => {
    if (dialog.type() === "confirm") (questions[current] ??= []).push(dialog.message());
    void dialog.accept();
  });
  const onRequest = (request: Request) => {
    const procedures = proceduresOf(request);
    for (const path of refusedTo(role, procedures))
      note(`asks the server for ${path}, which refuses ${an(role)}`);
    if (request.method() === "POST") pressed.push(...procedures);
  };
  const onResponse = (response: Response) => {
    if (response.url().includes("/api/trpc/") && [401, 403].includes(response.status()))
      note(`was refused ${response.status()}: ${response.url()}`);
  };
  page.on("request", onRequest);
  page.on("response", onResponse);
  // Writes through the api, and account changes through the auth endpoints, never leave the browser.
  const holdBackWrites = (route: Route) =>
    route.request().method() === "POST" ? route.abort() : route.continue();
  await page.route("**/api/trpc/**", holdBackWrites);
  await page.route("**/api/auth/**", holdBackWrites);

  for (const screen of Object.values(ADMIN_ROUTES)) {
    if (screen.needs === "signedOut") continue; // the sign-in page sends signed-in users home
    for (const address of screen.examples(records)) {
      if (only && !only.includes(address)) continue;
      current = address;
      const open = async () => {
        await page.goto(`${adminUrl()}${address}`);
        await settle(page);
        // A list's bulk actions are offered for a selection: select its first row, if the role may select.
        const select = page.locator("main").getByRole("checkbox", { name: /^Select (?!all)/ });
        if (await select.count()) await select.first().check();
      };
      await open();
      for (const href of await linksBeyond(page, role))
        note(`links to ${href}, which ${an(role)} cannot use`);
      const controls = await recordControls(page);
      const buttons = await enabledButtons(page);
      offered[address] = buttons;

      if (!roleMay(role, screen.needs)) {
        // A screen the role may not use says why, with nothing to fill in or press.
        if ((await page.locator("main [role=alert]").count()) === 0) note(`shows ${an(role)} no refusal`);
        if (controls.length) note(`offers controls ${controls.join(", ")}`);
        if (buttons.length) note(`offers buttons ${buttons.join(", ")}`);
        continue;
      }
      const refusal = page.locator("main [role=alert]").filter({ hasText: /your role|only admins/i });
      if (await refusal.count()) note(`refuses ${an(role)}: ${await refusal.first().innerText()}`);

      if (!roleMay(role, "editor") && !screen.ownAccount) {
        if (controls.length) note(`offers ${an(role)} controls ${controls.join(", ")}`);
        const writes = buttons.filter((name) => WRITE_BUTTON.test(name));
        if (writes.length) note(`offers ${an(role)} write buttons ${writes.join(", ")}`);
      }

      // Press one button of each kind ("Restore …", "Purge", "Save") and check the procedure it calls.
      const kinds = new Set<string>();
      for (const name of buttons) {
        const kind = name.split(/\s/)[0]!.toLowerCase();
        if (!WRITE_BUTTON.test(name) || kinds.has(kind)) continue;
        kinds.add(kind);
        if (
          new URL(page.url()).pathname !== address.split("?")[0] ||
          (await page.locator("dialog[open]").count())
        )
          await open();
        const button = page.locator("main").getByRole("button", { name, exact: true }).first();
        if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
        pressed.length = 0;
        // A write goes out at once (after its question, answered yes); most buttons only change the form.
        const write = page
          .waitForRequest((request) => request.method() === "POST" && proceduresOf(request).length > 0, {
            timeout: 1_500,
          })
          .catch(() => undefined);
        await button.click();
        await write;
        (called[address] ??= []).push(...pressed);
        for (const path of refusedTo(role, pressed))
          note(`“${name}” calls ${path}, which the server refuses ${an(role)}`);
      }
    }
  }
  page.removeAllListeners("dialog");
  page.off("request", onRequest);
  page.off("response", onResponse);
  await page.unroute("**/api/trpc/**");
  await page.unroute("**/api/auth/**");
  return { problems, offered, called, questions };
}

describe("every admin screen, walked per role, offers only what the server allows that role", () => {
  let browser: Browser;
  let records: ExampleRecords;
  let admin: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signedInAs(browser, "admin");
    const only = async (type: string, q: string) => {
      const found = await lookup(admin, type, q);
      expect(found.length, `${type} ${q}`).toBeGreaterThan(0);
      return found[0]!.id;
    };
    // A topic with two versions (its history has one to restore) and one in the trash (to restore or purge).
    const created = await mutateFromPage(admin, "topic.create", { labelI18n: { en: "Walked topic" } });
    const topic = (
      JSON.parse(created.body) as { result: { data: { json: { record: { id: string; version: number } } } } }
    ).result.data.json.record;
    expect(
      (
        await mutateFromPage(admin, "topic.update", {
          id: topic.id,
          version: topic.version,
          labelI18n: { en: "Walked topic, renamed" },
        })
      ).status,
    ).toBe(200);
    const trashed = await mutateFromPage(admin, "topic.create", {
      labelI18n: { en: "Walked topic in the trash" },
    });
    const inTrash = (JSON.parse(trashed.body) as { result: { data: { json: { record: { id: string } } } } })
      .result.data.json.record;
    expect(
      (await mutateFromPage(admin, "trash.move", { entityType: "topic", id: inTrash.id, version: 1 })).status,
    ).toBe(200);
    records = {
      meeting: { id: await only("meeting", SEED_MEETING), slug: SEED_SLUG },
      person: await only("person", "Narendra Modi"),
      organization: await only("organization", "Shanghai Cooperation Organisation"),
      document: await only("document", "Moscow Declaration"),
      topic: topic.id,
    };
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("a viewer reads every screen: nothing to type into, no write buttons, no links to what it cannot use", async () => {
    const page = await signedInAs(browser, "viewer");
    const { problems, offered, called } = await walk(page, "viewer", records);
    expect(problems).toEqual({});
    expect(Object.values(called).flat()).toEqual([]);
    // Every inventoried screen was seen (the sign-in page only signed out).
    expect(Object.keys(offered).length).toBeGreaterThan(15);
    await page.context().close();
  }, 300_000);

  it("an editor is offered every write an editor may make, and no Purge, audit log or users", async () => {
    const page = await signedInAs(browser, "editor");
    const { problems, offered, called, questions } = await walk(page, "editor", records);
    expect(problems).toEqual({});
    expect(offered["/trash"]).toContain("Restore Walked topic in the trash");
    expect(offered["/trash"]).not.toContain("Purge");
    // The buttons were pressed and reached their procedures (held back before the server).
    expect(Object.values(called).flat()).toEqual(
      expect.arrayContaining([
        "meeting.saveRecord",
        "publishing.unpublishMeeting",
        "trash.move",
        "trash.moveMany",
        "trash.restore",
        "revision.restore",
      ]),
    );
    // Each one-click consequence is asked first, in words that say what changes.
    const meetingQuestions = questions[`/meetings/edit/${records.meeting.id}`] ?? [];
    expect(meetingQuestions).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Unpublish “.+”\? It leaves the public site at once/),
        expect.stringMatching(/^Move “.+” to the trash\? It leaves the public site at once/),
      ]),
    );
    expect(questions[`/history/topic/${records.topic}`]).toEqual([
      expect.stringMatching(
        /^Restore version 1\? Every field goes back to how it was at version 1, saved as a new version 3/,
      ),
    ]);
    await page.context().close();
  }, 300_000);

  it("an admin is offered Purge, after a question that says it cannot be undone, the audit log and the users", async () => {
    const { problems, offered, called, questions } = await walk(admin, "admin", records);
    expect(problems).toEqual({});
    expect(offered["/trash"]).toContain("Purge");
    expect(called["/trash"]).toContain("trash.purge");
    expect(questions["/trash"]).toEqual(
      expect.arrayContaining([expect.stringContaining("can no longer be restored")]),
    );
    expect(await admin.getByRole("navigation", { name: "Admin" }).getByRole("link").allInnerTexts()).toEqual(
      expect.arrayContaining(["Audit log", "Users"]),
    );
  }, 300_000);

  it("finds what a screen offers beyond a role's rights (an admin's screens checked against lesser roles)", async () => {
    const asEditor = await walk(admin, "editor", records, ["/trash", "/"]);
    expect(asEditor.problems["/trash"]).toEqual(
      expect.arrayContaining(["“Purge” calls trash.purge, which the server refuses an editor"]),
    );
    expect(asEditor.problems["/"]).toEqual(
      expect.arrayContaining([expect.stringMatching(/links to .*\/audit, which an editor cannot use/)]),
    );
    const asViewer = await walk(admin, "viewer", records, [`/meetings/edit/${records.meeting.id}`]);
    expect(asViewer.problems[`/meetings/edit/${records.meeting.id}`]).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^offers a viewer controls /),
        expect.stringMatching(/^offers a viewer write buttons .*Save/),
        "“Save” calls meeting.saveRecord, which the server refuses a viewer",
      ]),
    );
    await admin.context().close();
  }, 300_000);
});
