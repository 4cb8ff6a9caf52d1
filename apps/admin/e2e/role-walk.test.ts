// Every screen of the admin (the inventory, tooling/testing/admin-routes.ts: every kind of record of the domain's
// registry), walked once per role, checked against the server's own role policy (each procedure's access level,
// `procedureAccess`, the one its middleware enforces) and against the server itself: a screen asks the server only
// what the role may ask, every distinct action it offers is pressed and each write it sends reaches the server with
// an input the server refuses only after it has accepted the caller (so nothing is stored, and a 401 or 403 shows
// an action offered that the server refuses), and it links only to screens the role can use. A viewer's screens
// have nothing to type into and no write buttons. Each role then makes one real write it may make, through its
// screens, and the server stores it.
import { procedureAccess } from "@plenary/api";
import { roleMay, type UserRole } from "@plenary/domain";
import type { Browser, Page, Request, Response, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_ROUTES, adminRouteOf, type ExampleRecords } from "../../../tooling/testing/admin-routes";
import { lookup, mutateFromPage } from "../../../tooling/testing/admin-pages";
import { adminUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import {
  createUserWithCli,
  newIsolatedPage,
  newTestUser,
  signIn,
  type TestUser,
} from "../../../tooling/testing/users";

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

async function signedInAs(browser: Browser, role: UserRole): Promise<{ page: Page; user: TestUser }> {
  const user = newTestUser(role, `Walking ${role}`);
  await createUserWithCli(user);
  const page = await newIsolatedPage(browser);
  await signIn(page, user.email, user.password);
  return { page, user };
}

/**
 * What a held-back write sends instead of its input: text with a NUL, which every procedure refuses as bad input
 * after it has checked who may call it and before anything runs (packages/api/src/trpc.ts: access first, then the
 * input's text, then its shape). The server so judges the role of every write a screen offers, answering 401 or 403
 * to one the role may not make and 400 with this refusal to one it may, and stores nothing.
 */
const HELD_BACK_INPUT = "\u0000";
const HELD_BACK_REFUSAL = /NUL character/;

/** A tRPC request's body with every input replaced by the held-back one. */
function heldBackBody(request: Request): string {
  const input = { json: HELD_BACK_INPUT };
  const batch = new URL(request.url()).searchParams.get("batch") === "1";
  return JSON.stringify(
    batch ? Object.fromEntries(proceduresOf(request).map((_, index) => [index, input])) : input,
  );
}

/** The server's answer to each procedure of a tRPC response: its HTTP status and, for an error, its message. */
async function answersOf(response: Response): Promise<{ status: number; message: string }[]> {
  const body = (await response.json().catch(() => null)) as unknown;
  return (Array.isArray(body) ? body : [body]).map((item) => {
    const error = (item as { error?: { json?: { message?: string; data?: { httpStatus?: number } } } } | null)
      ?.error?.json;
    return error
      ? { status: error.data?.httpStatus ?? response.status(), message: error.message ?? "" }
      : { status: response.status(), message: "" };
  });
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

interface Action {
  /** What pressing it does: its visible text, or its place in a row of a list. */
  key: string;
  /** Its accessible name ("Remove Narendra Modi"). */
  name: string;
  /** Its mark for this listing (data-walk-action), to press it. */
  mark: number;
  inDialog: boolean;
}

/**
 * The actions the screen offers now: its enabled, visible buttons (menu items and tabs too), or an open dialog's,
 * which makes the rest of the page inert. One action is a visible text ("Add a document" in every document of a
 * meeting), or a place in the rows of a list: every row's first button does to its row what the first row's does
 * ("Remove Narendra Modi").
 */
function actionsOffered(page: Page): Promise<Action[]> {
  return page.evaluate(() => {
    for (const marked of document.querySelectorAll("[data-walk-action]"))
      marked.removeAttribute("data-walk-action");
    const dialog = document.querySelector("dialog[open]");
    const root = dialog ?? document.querySelector("main");
    if (!root) return [];
    const text = (element: Element | null | undefined) =>
      element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
    // In a dialog, its actions are its own: "Save" there is not the page's.
    const within = dialog ? `${text(dialog.querySelector("h1, h2, h3"))} › ` : "";
    const BUTTONS =
      "button, input[type=submit], input[type=button], [role=button], [role=menuitem], [role=tab]";
    const buttons = [...root.querySelectorAll<HTMLElement>(BUTTONS)].filter(
      (button) =>
        button.checkVisibility({ visibilityProperty: true }) &&
        !button.matches(":disabled") &&
        button.getAttribute("aria-disabled") !== "true",
    );
    return buttons.map((button, mark) => {
      button.setAttribute("data-walk-action", String(mark));
      const visible =
        button.innerText.replace(/\s+/g, " ").trim() || (button as HTMLInputElement).value || "";
      const name = (button.getAttribute("aria-label") ?? visible).trim();
      // A row's buttons by their place in it: their text may name the row's record ("Narendra Modi ✕").
      const row = button.closest("li, tr");
      const place = row ? `row button ${[...row.querySelectorAll(BUTTONS)].indexOf(button) + 1}` : "";
      return { key: `${within}${place || visible || name}`, name, mark, inDialog: !!dialog };
    });
  });
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

/** More distinct actions than any screen offers: a walk that gets this far is going round in circles. */
const MAX_ACTIONS = 120;

/**
 * Walks every inventoried screen as this role and returns what it found wrong, by address. Every distinct action
 * a screen offers is pressed once (a question it asks first is answered yes, a dialog it opens is walked and then
 * closed). Every write a screen sends goes to the server held back (HELD_BACK_INPUT), so that the server says
 * whether the role may make it and nothing changes; account changes through the auth endpoints never leave the
 * browser.
 */
async function walk(page: Page, role: UserRole, records: ExampleRecords, only?: string[]) {
  const problems: Record<string, string[]> = {};
  /** By address: the actions offered, the procedures pressing them called, the questions they asked first. */
  const offered: Record<string, string[]> = {};
  const called: Record<string, string[]> = {};
  const questions: Record<string, string[]> = {};
  /** By address: the writes the server accepted from this role (and then refused only their held-back input). */
  const accepted: Record<string, string[]> = {};
  let current = "";
  let pressing = "";
  const note = (problem: string, at = current): void => void (problems[at] ??= []).push(problem);
  const inFlight = new Set<Request>();
  const answers: Promise<void>[] = [];

  page.on("dialog", (dialog) => {
    if (dialog.type() === "confirm") (questions[current] ??= []).push(dialog.message());
    void dialog.accept();
  });
  const onRequest = (request: Request) => {
    const procedures = proceduresOf(request);
    if (!procedures.length) return;
    inFlight.add(request);
    for (const path of refusedTo(role, procedures))
      note(
        request.method() === "POST"
          ? `“${pressing}” calls ${path}, which the server refuses ${an(role)}`
          : `asks the server for ${path}, which refuses ${an(role)}`,
      );
    if (request.method() !== "POST") return;
    (called[current] ??= []).push(...procedures);
    const [at, button] = [current, pressing];
    answers.push(
      request
        .response()
        .then(async (response) => {
          if (!response) return note(`“${button}” sent ${procedures.join(", ")}, which got no answer`, at);
          const each = await answersOf(response);
          procedures.forEach((path, index) => {
            const { status, message } = each[index] ?? { status: response.status(), message: "" };
            if (status === 400 && HELD_BACK_REFUSAL.test(message)) (accepted[at] ??= []).push(path);
            else note(`“${button}” calls ${path}, which the server answered ${status}: ${message}`, at);
          });
        })
        .catch((error: unknown) => note(`“${button}” sent ${procedures.join(", ")}: ${String(error)}`, at)),
    );
  };
  const settled = (request: Request) => inFlight.delete(request);
  const onResponse = (response: Response) => {
    if (
      response.request().method() !== "POST" &&
      response.url().includes("/api/trpc/") &&
      [401, 403].includes(response.status())
    )
      note(`was refused ${response.status()}: ${response.url()}`);
  };
  page.on("request", onRequest);
  page.on("requestfinished", settled);
  page.on("requestfailed", settled);
  page.on("response", onResponse);
  const holdBack = (route: Route) =>
    route.request().method() === "POST"
      ? route.continue({ postData: heldBackBody(route.request()) })
      : route.continue();
  await page.route("**/api/trpc/**", holdBack);
  await page.route("**/api/auth/**", (route) =>
    route.request().method() === "POST" ? route.abort() : route.continue(),
  );
  /** Waits until what the last action sent has been answered. */
  const answered = async () => {
    await page.waitForTimeout(50);
    for (let waited = 0; inFlight.size && waited < 200; waited += 1) await page.waitForTimeout(25);
  };

  for (const screen of Object.values(ADMIN_ROUTES)) {
    if (screen.needs === "signedOut") continue; // the sign-in page sends signed-in users home
    for (const address of screen.examples(records)) {
      if (only && !only.includes(address)) continue;
      current = address;
      pressing = "";
      const open = async () => {
        await page.goto(`${adminUrl()}${address}`);
        await settle(page);
        // A list's bulk actions are offered for a selection: select its first row, if the role may select.
        const select = page.locator("main").getByRole("checkbox", { name: /^Select (?!all)/ });
        if (await select.count()) await select.first().check();
      };
      const away = () => new URL(page.url()).pathname !== address.split("?")[0];
      await open();
      for (const href of await linksBeyond(page, role))
        note(`links to ${href}, which ${an(role)} cannot use`);
      const controls = await recordControls(page);
      const names = new Set((await actionsOffered(page)).map((action) => action.name));

      if (!roleMay(role, screen.needs)) {
        // A screen the role may not use says why, with nothing to fill in or press.
        if ((await page.locator("main [role=alert]").count()) === 0) note(`shows ${an(role)} no refusal`);
        if (controls.length) note(`offers controls ${controls.join(", ")}`);
        if (names.size) note(`offers buttons ${[...names].join(", ")}`);
        offered[address] = [...names];
        continue;
      }
      const refusal = page.locator("main [role=alert]").filter({ hasText: /your role|only admins/i });
      if (await refusal.count()) note(`refuses ${an(role)}: ${await refusal.first().innerText()}`);
      if (!roleMay(role, "editor") && !screen.ownAccount && controls.length)
        note(`offers ${an(role)} controls ${controls.join(", ")}`);

      // Every distinct action the screen offers once, each from the screen as the previous ones left it, and every
      // action of a dialog one of them opens. What pressing adds to the form (a new participant's "Remove") is an
      // action already offered.
      const pressed = new Set<string>();
      const onOffer = new Set((await actionsOffered(page)).map((action) => action.key));
      for (;;) {
        if (away()) await open();
        const actions = await actionsOffered(page).catch(() => []);
        for (const { name } of actions) names.add(name);
        const next = actions.find(
          (action) => !pressed.has(action.key) && (action.inDialog || onOffer.has(action.key)),
        );
        if (!next) {
          if (!(await page.locator("dialog[open]").count())) break;
          // Every action of the dialog pressed: close it as its Escape does, or start the screen again.
          await page.keyboard.press("Escape");
          if (await page.locator("dialog[open]").count()) await open();
          continue;
        }
        pressed.add(next.key);
        if (pressed.size > MAX_ACTIONS) {
          note(`offers more than ${MAX_ACTIONS} distinct actions: the walk stopped`);
          break;
        }
        pressing = next.name;
        try {
          await page.locator(`[data-walk-action="${next.mark}"]`).click({ timeout: 3_000 });
        } catch (error) {
          note(`offers “${next.name}”, which cannot be pressed: ${String(error).split("\n")[0]}`);
        }
        await answered();
      }
      await answered();
      offered[address] = [...names];
      if (!roleMay(role, "editor") && !screen.ownAccount) {
        const writes = [...names].filter((name) => WRITE_BUTTON.test(name));
        if (writes.length) note(`offers ${an(role)} write buttons ${writes.join(", ")}`);
      }
    }
  }
  await Promise.all(answers);
  page.removeAllListeners("dialog");
  page.off("request", onRequest);
  page.off("requestfinished", settled);
  page.off("requestfailed", settled);
  page.off("response", onResponse);
  await page.unroute("**/api/trpc/**");
  await page.unroute("**/api/auth/**");
  return { problems, offered, called, questions, accepted };
}

/** Every address the walk visits: every example of every screen a signed-in user can open. */
const everyScreen = (records: ExampleRecords) =>
  Object.values(ADMIN_ROUTES)
    .filter((screen) => screen.needs !== "signedOut")
    .flatMap((screen) => screen.examples(records))
    .sort();

/** Does something on a screen with nothing held back; resolves with the server's answer to the write it sends. */
async function realWrite(page: Page, endpoint: string, act: () => Promise<void>): Promise<number[]> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (response) =>
        response.request().method() === "POST" && new URL(response.url()).pathname.endsWith(endpoint),
    ),
    act(),
  ]);
  return (await answersOf(response)).map(({ status }) => status);
}

describe("every admin screen, walked per role, offers only what the server allows that role", () => {
  let browser: Browser;
  let records: ExampleRecords;
  let admin: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page: admin } = await signedInAs(browser, "admin"));
    const only = async (type: string, q: string) => {
      const found = await lookup(admin, type, q);
      expect(found.length, `${type} ${q}`).toBeGreaterThan(0);
      return (found.find((record) => record.labelI18n.en === q) ?? found[0]!).id;
    };
    const created = async (label: string) => {
      const answer = await mutateFromPage(admin, "topic.create", { labelI18n: { en: label } });
      expect(answer.status, answer.body).toBe(200);
      return (
        JSON.parse(answer.body) as { result: { data: { json: { record: { id: string; version: number } } } } }
      ).result.data.json.record;
    };
    // A topic with two versions (its history has one to restore), and two in the trash: one to restore or purge,
    // one that the admin purges for real.
    const topic = await created("Walked topic");
    expect(
      (
        await mutateFromPage(admin, "topic.update", {
          id: topic.id,
          version: topic.version,
          labelI18n: { en: "Walked topic, renamed" },
        })
      ).status,
    ).toBe(200);
    for (const label of ["Walked topic in the trash", "Walked topic to purge"]) {
      const { id } = await created(label);
      expect(
        (await mutateFromPage(admin, "trash.move", { entityType: "topic", id, version: 1 })).status,
      ).toBe(200);
    }
    records = {
      meeting: { id: await only("meeting", SEED_MEETING), slug: SEED_SLUG },
      records: {
        document: await only("document", "Moscow Declaration"),
        person: await only("person", "Narendra Modi"),
        post: await only("post", "Prime Minister of India"),
        country: await only("country", "India"),
        organization: await only("organization", "Shanghai Cooperation Organisation"),
        topic: topic.id,
      },
    };
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("a viewer reads every screen: nothing to type into, no write buttons, no links to what it cannot use", async () => {
    const { page, user } = await signedInAs(browser, "viewer");
    const { problems, offered, called } = await walk(page, "viewer", records);
    expect(problems).toEqual({});
    expect(Object.values(called).flat()).toEqual([]);
    // Every inventoried screen was seen (the sign-in page only signed out).
    expect(Object.keys(offered).sort()).toEqual(everyScreen(records));

    // The one write a viewer may make, its own password, through its account screen: the server takes it.
    await page.goto(`${adminUrl()}/account`);
    await page.locator("#currentPassword").fill(user.password);
    await page.locator("#newPassword").fill(`${user.password}, changed`);
    await page.locator("#confirmPassword").fill(`${user.password}, changed`);
    expect(
      await realWrite(page, "/change-password", () =>
        page.getByRole("button", { name: "Change password" }).click(),
      ),
    ).toEqual([200]);
    await page.getByText("Password changed.").waitFor();
    await page.context().close();
  }, 300_000);

  it("an editor is offered every write an editor may make, and no Purge, audit log or users", async () => {
    const { page } = await signedInAs(browser, "editor");
    const { problems, offered, called, questions, accepted } = await walk(page, "editor", records);
    expect(problems).toEqual({});
    expect(offered["/trash"]).toContain("Restore Walked topic in the trash");
    expect(Object.values(offered).flat()).not.toContain("Purge");
    // The buttons were pressed and reached their procedures, which the server accepted from an editor (and then
    // refused only the held-back input).
    const writes = [
      "meeting.saveRecord",
      "publishing.unpublishMeeting",
      "trash.move",
      "trash.moveMany",
      "trash.restore",
      "revision.restore",
      "topic.update",
    ];
    expect(Object.values(called).flat()).toEqual(expect.arrayContaining(writes));
    expect(Object.values(accepted).flat()).toEqual(expect.arrayContaining(writes));
    // Each one-click consequence is asked first, in words that say what changes.
    const meetingQuestions = questions[`/meetings/edit/${records.meeting.id}`] ?? [];
    expect(meetingQuestions).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Unpublish “.+”\? It leaves the public site at once/),
        expect.stringMatching(/^Move “.+” to the trash\? It leaves the public site at once/),
      ]),
    );
    expect(questions[`/history/topic/${records.records.topic}`]).toEqual([
      expect.stringMatching(
        /^Restore version 1\? Every field goes back to how it was at version 1, saved as a new version 3/,
      ),
    ]);
    // The held-back input hides no refusal: the server refuses an editor's purge before it reads the input.
    expect((await mutateFromPage(page, "trash.purge", HELD_BACK_INPUT)).status).toBe(403);

    // A real write through the screens: the topic renamed, and stored.
    await page.goto(`${adminUrl()}/records/topic/${records.records.topic}`);
    await page.locator("#field-labelI18n-en").fill("Walked topic, renamed by an editor");
    expect(
      await realWrite(page, "/topic.update", () =>
        page.locator("main").getByRole("button", { name: "Save", exact: true }).click(),
      ),
    ).toEqual([200]);
    await page.reload();
    await expect
      .poll(() => page.locator("#field-labelI18n-en").inputValue())
      .toBe("Walked topic, renamed by an editor");
    await page.context().close();
  }, 300_000);

  it("an admin is offered Purge, after a question that says it cannot be undone, the audit log and the users", async () => {
    const { problems, offered, called, questions, accepted } = await walk(admin, "admin", records);
    expect(problems).toEqual({});
    expect(offered["/trash"]).toContain("Purge");
    expect(called["/trash"]).toContain("trash.purge");
    expect(accepted["/trash"]).toContain("trash.purge");
    expect(questions["/trash"]).toEqual(
      expect.arrayContaining([expect.stringContaining("can no longer be restored")]),
    );
    expect(await admin.getByRole("navigation", { name: "Admin" }).getByRole("link").allInnerTexts()).toEqual(
      expect.arrayContaining(["Audit log", "Users"]),
    );
    const purge = await mutateFromPage(admin, "trash.purge", HELD_BACK_INPUT);
    expect([purge.status, purge.body]).toEqual([400, expect.stringMatching(HELD_BACK_REFUSAL)]);

    // A real write only an admin may make: a topic purged from the trash, for good.
    await admin.goto(`${adminUrl()}/trash`);
    const row = admin.getByRole("row", { name: /Walked topic to purge/ });
    admin.once("dialog", (dialog) => void dialog.accept());
    expect(
      await realWrite(admin, "/trash.purge", () =>
        row.getByRole("button", { name: "Purge", exact: true }).click(),
      ),
    ).toEqual([200]);
    await admin.getByText("Purged “Walked topic to purge”.").waitFor();
    await admin.reload();
    await admin.getByRole("row", { name: /Walked topic in the trash/ }).waitFor();
    expect(await row.count()).toBe(0);
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
