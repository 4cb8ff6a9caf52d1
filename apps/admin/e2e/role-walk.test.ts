// Every screen of the admin (the inventory, tooling/testing/admin-routes.ts: every kind of record of the domain's
// registry), walked once per role, checked against the server's own role policy (each procedure's access level,
// `procedureAccess`, the one its middleware enforces) and against the server itself: a screen asks the server only
// what the role may ask, every distinct action it offers is pressed (on one screen per kind of record also what a
// press brings into view, and every picker's search) and each write it sends reaches the server with
// an input the server refuses only after it has accepted the caller (so nothing is stored, and a 401 or 403 shows
// an action offered that the server refuses), and it links only to screens the role can use. A viewer's screens
// have nothing to type into and no write buttons. Each role then makes one real write it may make, through its
// screens, and the server stores it.
import { procedureAccess } from "@plenary/api";
import { roleMay, type UserRole } from "@plenary/domain";
import type { Browser, Page, Request, Response, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_ROUTES, adminRouteOf, type ExampleRecords } from "../../../tooling/testing/admin-routes";
import { chooseOption, lookup, mutateFromPage } from "../../../tooling/testing/admin-pages";
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

/**
 * Two people of the test's own, made by its set-up, that the walk picks on the merge screen and merges: the one
 * kept and the duplicate. Nothing links to them and no other screen's walk finds them, so a merge that went through
 * after all would change only them.
 */
const TO_MERGE = { kept: "Walked person to merge A", duplicate: "Walked person to merge B" };

/** What a walk picks where (see walk's picks): on the merge of two people, the test's own pair. */
const PICKS = {
  "/merge/person": { "Person to keep": TO_MERGE.kept, "Duplicate to merge into it": TO_MERGE.duplicate },
};

/** What merging the pair is asked first: what moves, where the duplicate's address goes, the trash, the undo. */
const MERGE_QUESTION =
  /^Merge the person “Walked person to merge B” into “Walked person to merge A”\? Nothing links to it\. .*redirects to “Walked person to merge A”.*, and “Walked person to merge B” goes to the trash\. The merge can be undone/;

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
  /** A button, menu item, tab or a list's option is pressed; a record picker's search is typed into. */
  kind: "press" | "type";
}

/**
 * The actions the screen offers now: its enabled, visible buttons (menu items and tabs too), the options of an open
 * list and the record pickers' searches, or the topmost open dialog's, which makes the rest of the page inert. One
 * action is a visible text ("Add a document" in every document of a meeting), or a place in the rows of a list:
 * every row's first button does to its row what the first row's does ("Remove Narendra Modi"). One picker stands
 * for every picker of its label ("Person" in every participant), and a list's options are two actions: picking a
 * record it found (the first one), and each of its offers to create one from what was typed.
 */
function actionsOffered(page: Page): Promise<Action[]> {
  return page.evaluate(() => {
    for (const marked of document.querySelectorAll("[data-walk-action]"))
      marked.removeAttribute("data-walk-action");
    const dialog = [...document.querySelectorAll("dialog[open]")].at(-1);
    const root = dialog ?? document.querySelector("main");
    if (!root) return [];
    const text = (element: Element | null | undefined) =>
      element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
    // In a dialog, its actions are its own: "Save" there is not the page's.
    const within = dialog ? `${text(dialog.querySelector("h1, h2, h3"))} › ` : "";
    const BUTTONS =
      "button, input[type=submit], input[type=button], [role=button], [role=menuitem], [role=tab]";
    const OPTIONS = "[role=listbox] [role=option]";
    const PICKERS = "input[role=combobox]";
    const usable = (element: HTMLElement) =>
      element.checkVisibility({ visibilityProperty: true }) &&
      !element.matches(":disabled") &&
      element.getAttribute("aria-disabled") !== "true";
    const actions: Action[] = [];
    const add = (element: HTMLElement, action: Omit<Action, "mark" | "inDialog">) => {
      element.setAttribute("data-walk-action", String(actions.length));
      actions.push({ ...action, mark: actions.length, inDialog: !!dialog });
    };
    for (const element of root.querySelectorAll<HTMLElement>(`${BUTTONS}, ${OPTIONS}, ${PICKERS}`)) {
      if (!usable(element)) continue;
      const visible =
        element.innerText.replace(/\s+/g, " ").trim() || (element as HTMLInputElement).value || "";
      if (element.matches(PICKERS)) {
        const label =
          text((element as HTMLInputElement).labels?.[0]) || element.getAttribute("aria-label") || "";
        add(element, { key: `${within}picker ${label}`, name: `Search ${label}`, kind: "type" });
      } else if (element.matches(OPTIONS)) {
        const list = element.closest("[role=listbox]")!.getAttribute("aria-label") ?? "options";
        // What was typed is the walk's own: an offer to create is the same action whatever it quotes.
        const offer = /^create\b/i.test(visible) ? visible.replace(/“[^”]*”/, "“…”") : "";
        if (!offer && element.previousElementSibling?.matches(OPTIONS)) continue; // the first record found only
        add(element, {
          key: `${within}${list} › ${offer || "a record found"}`,
          name: visible,
          kind: "press",
        });
      } else {
        const name = (element.getAttribute("aria-label") ?? visible).trim();
        // A row's buttons by their place in it: their text may name the row's record.
        const row = element.closest("li, tr");
        const place = row ? `row button ${[...row.querySelectorAll(BUTTONS)].indexOf(element) + 1}` : "";
        add(element, { key: `${within}${place || visible || name}`, name, kind: "press" });
      }
    }
    return actions;
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
const MAX_ACTIONS = 160;

/** How many presses from the screen as it opened a deeper walk goes: "Add …", then the form's own buttons. */
const DEPTH = 2;

/** What the walk types into a record picker's search: a few letters many seed records share ("India", "Shanghai"). */
const TYPED = "an";

/**
 * The screens walked deeper (see walk): one per kind of record, the one that edits it (the meeting editor, every
 * other kind's page), and the screens whose actions open more: the merge of two people, the trash and the users.
 * The other screens (lists, histories, the other merges) are walked one press deep: what they open is what these
 * screens open, and walking every one deeper would cost minutes.
 */
function deepScreens({ meeting, records }: ExampleRecords): Set<string> {
  return new Set([
    `/meetings/edit/${meeting.id}`,
    ...Object.entries(records).map(([kind, id]) => `/records/${kind}/${id}`),
    "/merge/person",
    "/trash",
    "/users",
  ]);
}

/**
 * Waits until a picker's list shows what its search found for what was typed: nothing is asked of the server, no
 * status near the list says it is still at work ("Searching…"), and the list has not changed for 300 ms.
 */
async function listShown(page: Page, mark: number, busy: () => boolean): Promise<void> {
  let last = "";
  for (let waited = 0, same = 0; waited < 50 && same < 3; waited += 1) {
    await page.waitForTimeout(100);
    const now = await page.evaluate((mark) => {
      const input = document.querySelector(`[data-walk-action="${mark}"]`);
      const list = input && document.getElementById(input.getAttribute("aria-controls") ?? "");
      if (!list) return "";
      const statuses = [...(list.parentElement?.querySelectorAll("[role=status]") ?? [])].map((s) =>
        (s.textContent ?? "").trim(),
      );
      if (statuses.some((status) => status.endsWith("…"))) return null;
      return `${(list as HTMLElement).hidden}|${(list as HTMLElement).innerText}|${statuses.join("|")}`;
    }, mark);
    same = now !== null && now === last && !busy() ? same + 1 : 0;
    last = now ?? "";
  }
}

/**
 * Walks every inventoried screen as this role and returns what it found wrong, by address. Every distinct action
 * a screen offers is pressed once (a question it asks first is answered yes, a dialog it opens is walked and then
 * closed); on the screens walked deeper (deepScreens), every picker's search is typed into and what a press brings
 * into view is pressed too, up to DEPTH presses deep. Every write a screen sends goes to the server held back (HELD_BACK_INPUT), so that the server says
 * whether the role may make it and nothing changes; account changes through the auth endpoints never leave the
 * browser. `picks` names records to pick on a screen (by address, then picker label), once its walk is done: the
 * screen is opened again with them picked, and what they bring into view that the walk has not pressed is pressed
 * (the merge of two records, which the walk's own searches never offer: they find one record for both pickers).
 */
async function walk(
  page: Page,
  role: UserRole,
  records: ExampleRecords,
  {
    only,
    deeper = true,
    picks = {},
  }: { only?: string[]; deeper?: boolean; picks?: Record<string, Record<string, string>> } = {},
) {
  const problems: Record<string, string[]> = {};
  /** By address: the actions offered, the procedures pressing them called, the questions they asked first. */
  const offered: Record<string, string[]> = {};
  const called: Record<string, string[]> = {};
  const questions: Record<string, string[]> = {};
  /** By address: the writes the server accepted from this role (and then refused only their held-back input). */
  const accepted: Record<string, string[]> = {};
  /** By address: the queries its screen asked the server (a picker's search among them). */
  const asked: Record<string, string[]> = {};
  const deep = deeper ? deepScreens(records) : new Set<string>();
  let current = "";
  let pressing = "";
  const note = (problem: string, at = current): void => void (problems[at] ??= []).push(problem);
  const inFlight = new Set<Request>();
  /** How many requests to the server the screens have sent so far. */
  let sent = 0;
  const answers: Promise<void>[] = [];

  page.on("dialog", (dialog) => {
    if (dialog.type() === "confirm") (questions[current] ??= []).push(dialog.message());
    void dialog.accept();
  });
  const onRequest = (request: Request) => {
    const procedures = proceduresOf(request);
    if (!procedures.length) return;
    inFlight.add(request);
    sent += 1;
    for (const path of refusedTo(role, procedures))
      note(
        request.method() === "POST"
          ? `“${pressing}” calls ${path}, which the server refuses ${an(role)}`
          : `asks the server for ${path}, which refuses ${an(role)}`,
      );
    if (request.method() !== "POST") return void (asked[current] ??= []).push(...procedures);
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
  /**
   * Waits until what the last action sent has been answered and nothing more was sent for 300 ms (a merge asks the
   * server for the names and links its question gives, then for the versions, then merges).
   */
  const quiet = async () => {
    for (let before = -1; before !== sent;) {
      before = sent;
      await page.waitForTimeout(300);
      await answered();
    }
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
      const names = new Set(
        (await actionsOffered(page)).filter((action) => action.kind === "press").map((action) => action.name),
      );

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
      // action already offered. On a screen walked deeper, the walk also types into every picker's search, and
      // presses what a press brought into view, up to DEPTH presses from the screen as it opened (the options a
      // search found and its offers to create, the fields of a form "Add …" opened, a confirmation's own button),
      // the latest first, before another press takes it away; what a later press took away all the same is brought
      // back once by pressing again what brought it.
      const isDeep = deep.has(address);
      const pressed = new Set<string>();
      /** By key: how many presses from the opened screen brought the action into view (0: offered at once). */
      const depth = new Map<string, number>();
      /** By key: the action whose press brought it into view, and those brought back once already. */
      const via = new Map<string, string>();
      const retried = new Set<string>();
      const attempts = new Map<string, number>();
      for (const action of await actionsOffered(page))
        if (action.kind === "press" || isDeep) depth.set(action.key, 0);
      // A search is typed into only where what it lists is still within DEPTH.
      const pressable = (action: Action) =>
        !pressed.has(action.key) &&
        (action.kind === "type"
          ? (depth.get(action.key) ?? DEPTH) < DEPTH
          : depth.has(action.key) || action.inDialog);
      const openDialogs = () => page.locator("dialog[open]").count();
      const act = async ({ kind, mark }: Action) => {
        const target = page.locator(`[data-walk-action="${mark}"]`);
        if (kind === "press") return target.click({ timeout: 3_000 });
        await target.fill("", { timeout: 3_000 });
        await target.fill(TYPED, { timeout: 3_000 });
        await listShown(page, mark, () => inFlight.size > 0);
      };
      const press = async (action: Action) => {
        pressing = action.name;
        try {
          await act(action);
        } catch (error) {
          // The screen may have drawn it anew since it was listed (a list of options as the search answered):
          // pressed again as it is now, or, if it is gone, brought back later by what brought it into view.
          const again = (await actionsOffered(page).catch(() => [])).find((a) => a.key === action.key);
          const tries = (attempts.get(action.key) ?? 0) + 1;
          attempts.set(action.key, tries);
          if (!again && via.has(action.key) && tries < 2) pressed.delete(action.key);
          else
            await (again ? act(again) : Promise.reject(error)).catch((failure: unknown) =>
              note(`offers “${action.name}”, which cannot be pressed: ${String(failure).split("\n")[0]}`),
            );
        }
        await answered();
      };
      for (;;) {
        if (away()) await open();
        const actions = await actionsOffered(page).catch(() => []);
        for (const { name, kind } of actions) if (kind === "press") names.add(name);
        const next = actions
          .filter(pressable)
          .sort((a, b) => (depth.get(b.key) ?? 0) - (depth.get(a.key) ?? 0))[0];
        if (!next) {
          const dialogs = await openDialogs();
          if (dialogs) {
            // Every action of the dialog pressed: close it as its Escape does (the first Escape may only close a
            // picker's list in it), or start the screen again.
            await page.keyboard.press("Escape");
            if ((await openDialogs()) >= dialogs) await page.keyboard.press("Escape");
            if ((await openDialogs()) >= dialogs) await open();
            continue;
          }
          const lost = [...via].find(
            ([key, by]) => !pressed.has(key) && !retried.has(key) && actions.some((a) => a.key === by),
          );
          if (!lost) break;
          retried.add(lost[0]);
          await press(actions.find((a) => a.key === lost[1])!);
          continue;
        }
        pressed.add(next.key);
        if (pressed.size > MAX_ACTIONS) {
          note(`offers more than ${MAX_ACTIONS} distinct actions: the walk stopped`);
          break;
        }
        await press(next);
        const level = depth.get(next.key);
        if (!isDeep || level === undefined || level >= DEPTH) continue;
        const before = new Set(actions.map((action) => action.key));
        for (const shown of await actionsOffered(page).catch(() => []))
          if (!depth.has(shown.key) && !before.has(shown.key)) {
            depth.set(shown.key, level + 1);
            via.set(shown.key, next.key);
          }
      }
      const toPick = Object.entries(picks[address] ?? {});
      if (toPick.length) {
        // The screen as it opens, with the given records picked through its pickers; then every action offered that
        // the walk has not pressed yet, one at a time, from the screen as the previous one left it.
        await open();
        for (const [label, name] of toPick) {
          pressing = `Pick ${name}`;
          const search = page.locator("main").getByRole("combobox", { name: label, exact: true });
          await chooseOption(search, name, name, { exact: false }).catch((failure: unknown) =>
            note(`cannot pick “${name}” in ${label}: ${String(failure).split("\n")[0]}`),
          );
          await quiet();
        }
        while (!away()) {
          const next = (await actionsOffered(page).catch(() => [])).find(
            (action) => action.kind === "press" && !pressed.has(action.key),
          );
          if (!next) break;
          pressed.add(next.key);
          names.add(next.name);
          await press(next);
          await quiet();
        }
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
  return { problems, offered, called, questions, accepted, asked };
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
  /** The viewer's and the editor's pages once their walks are done, for the real writes made after every walk. */
  const walked: { viewer?: { page: Page; user: TestUser }; editor?: Page } = {};

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
    // The pair the merge screen's walk picks and merges (TO_MERGE), nothing linking to either.
    for (const name of [TO_MERGE.kept, TO_MERGE.duplicate])
      expect((await mutateFromPage(admin, "person.create", { nameI18n: { en: name } })).status).toBe(200);
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

  // The three walks run side by side, each in its own signed-in browser context: a walk spends most of its time
  // waiting for a screen to settle, and each only reads (its writes are held back). The one real write each role
  // makes comes after all three (below), so that no walk sees another role's write.
  it.concurrent(
    "a viewer reads every screen: nothing to type into, no write buttons, no links to what it cannot use",
    async ({ expect }) => {
      const { page, user } = await signedInAs(browser, "viewer");
      const { problems, offered, called } = await walk(page, "viewer", records, { picks: PICKS });
      expect(problems).toEqual({});
      expect(Object.values(called).flat()).toEqual([]);
      // Every inventoried screen was seen (the sign-in page only signed out).
      expect(Object.keys(offered).sort()).toEqual(everyScreen(records));
      // The merge of two people says why a viewer may not merge, with no pickers and no Merge to press.
      expect(offered["/merge/person"]).toEqual([]);
      await page.goto(`${adminUrl()}/merge/person`);
      await page
        .locator("main [role=alert]")
        .filter({ hasText: "Your role can read records but not merge them" })
        .waitFor();
      expect(await page.locator("main").getByRole("combobox").count()).toBe(0);
      walked.viewer = { page, user };
    },
    600_000,
  );

  it.concurrent(
    "an editor is offered every write an editor may make, and no Purge, audit log or users",
    async ({ expect }) => {
      const { page } = await signedInAs(browser, "editor");
      const { problems, offered, called, questions, accepted, asked } = await walk(page, "editor", records, {
        picks: PICKS,
      });
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
      // The deeper walk typed into the pickers, whose searches reached the server, and pressed what that and other
      // presses brought into view: a picker's offer to create a broader topic (kept with the topic's form and created
      // by its save, never at once), the merge's preview of two picked records, the removal a term's form confirms.
      expect(asked[`/meetings/edit/${records.meeting.id}`]).toContain("lookup.list");
      expect(asked["/merge/person"]).toEqual(expect.arrayContaining(["lookup.list", "merge.preview"]));
      expect(accepted[`/records/topic/${records.records.topic}`]).toContain("topic.update");
      expect(called[`/records/topic/${records.records.topic}`] ?? []).not.toContain("topic.create");
      expect(accepted[`/records/person/${records.records.person}`]).toContain("occupancy.remove");
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
      // With the test's own pair picked, Merge was pressed: asked first in words that say what it does, and accepted
      // from an editor by the server, which merged nothing (the duplicate is still found, not in the trash).
      expect(offered["/merge/person"]).toContain("Merge");
      expect(called["/merge/person"]).toContain("merge.merge");
      expect(accepted["/merge/person"]).toContain("merge.merge");
      expect(questions["/merge/person"]).toEqual([expect.stringMatching(MERGE_QUESTION)]);
      expect((await lookup(page, "person", TO_MERGE.duplicate)).map((found) => found.labelI18n.en)).toContain(
        TO_MERGE.duplicate,
      );
      // The held-back input hides no refusal: the server refuses an editor's purge before it reads the input.
      expect((await mutateFromPage(page, "trash.purge", HELD_BACK_INPUT)).status).toBe(403);
      walked.editor = page;
    },
    600_000,
  );

  it.concurrent(
    "an admin is offered Purge, after a question that says it cannot be undone, the audit log and the users",
    async ({ expect }) => {
      const { problems, offered, called, questions, accepted } = await walk(admin, "admin", records, {
        picks: PICKS,
      });
      expect(problems).toEqual({});
      // Merge is offered to an admin too, asks first, and the server accepts it (and merges nothing).
      expect(called["/merge/person"]).toContain("merge.merge");
      expect(accepted["/merge/person"]).toContain("merge.merge");
      expect(questions["/merge/person"]).toEqual([expect.stringMatching(MERGE_QUESTION)]);
      expect(
        (await lookup(admin, "person", TO_MERGE.duplicate)).map((found) => found.labelI18n.en),
      ).toContain(TO_MERGE.duplicate);
      expect(offered["/trash"]).toContain("Purge");
      expect(called["/trash"]).toContain("trash.purge");
      expect(accepted["/trash"]).toContain("trash.purge");
      expect(questions["/trash"]).toEqual(
        expect.arrayContaining([expect.stringContaining("can no longer be restored")]),
      );
      expect(
        await admin.getByRole("navigation", { name: "Admin" }).getByRole("link").allInnerTexts(),
      ).toEqual(expect.arrayContaining(["Audit log", "Users"]));
      const purge = await mutateFromPage(admin, "trash.purge", HELD_BACK_INPUT);
      expect([purge.status, purge.body]).toEqual([400, expect.stringMatching(HELD_BACK_REFUSAL)]);
    },
    600_000,
  );

  it("then each role makes one real write it may make, through its screens, and the server stores it", async () => {
    if (!walked.viewer || !walked.editor)
      throw new Error("The viewer's or the editor's walk did not finish.");

    // The one write a viewer may make, its own password, through its account screen: the server takes it.
    const { page: viewer, user } = walked.viewer;
    await viewer.goto(`${adminUrl()}/account`);
    await viewer.locator("#currentPassword").fill(user.password);
    await viewer.locator("#newPassword").fill(`${user.password}, changed`);
    await viewer.locator("#confirmPassword").fill(`${user.password}, changed`);
    expect(
      await realWrite(viewer, "/change-password", () =>
        viewer.getByRole("button", { name: "Change password" }).click(),
      ),
    ).toEqual([200]);
    await viewer.getByText("Password changed.").waitFor();
    await viewer.context().close();

    // An editor's: the topic renamed, and stored.
    const page = walked.editor;
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
  }, 600_000);

  it("finds what a screen offers beyond a role's rights (an admin's screens checked against lesser roles)", async () => {
    // Pressing once what each screen offers is enough to find these.
    const asEditor = await walk(admin, "editor", records, { only: ["/trash", "/"], deeper: false });
    expect(asEditor.problems["/trash"]).toEqual(
      expect.arrayContaining(["“Purge” calls trash.purge, which the server refuses an editor"]),
    );
    expect(asEditor.problems["/"]).toEqual(
      expect.arrayContaining([expect.stringMatching(/links to .*\/audit, which an editor cannot use/)]),
    );
    const asViewer = await walk(admin, "viewer", records, {
      only: [`/meetings/edit/${records.meeting.id}`],
      deeper: false,
    });
    expect(asViewer.problems[`/meetings/edit/${records.meeting.id}`]).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^offers a viewer controls /),
        expect.stringMatching(/^offers a viewer write buttons .*Save/),
        "“Save” calls meeting.saveRecord, which the server refuses a viewer",
      ]),
    );
    await admin.context().close();
  }, 600_000);
});
