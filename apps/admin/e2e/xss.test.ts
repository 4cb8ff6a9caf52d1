// Stored XSS in the admin: an admin whose own name is a payload signs in for real and saves script payloads in every
// text field of every record kind through the admin's /api/trpc (the list of fields is read from the api's zod
// inputs, tooling/testing/xss.ts); two more people named with payloads go through the merge screen and the trash.
// Then every admin page that shows them is opened in Chromium: the records lists, each record's editor or page, the
// meeting's editor and page, each record's history with its diff, the audit log, the users, the trash and the
// merge screen. No script may run and no markup may escape. Everything is put back (from the history) or purged.
import { createCaller, createContext } from "@plenary/api";
import { createDb, type Db } from "@plenary/db";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, mutateFromPage } from "../../../tooling/testing/admin-pages";
import { adminUrl, databaseUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { createUserWithCli, newIsolatedPage, newTestUser, signIn } from "../../../tooling/testing/users";
import {
  FORMULA_PAYLOADS,
  PAYLOADS,
  SEEDED,
  inspectPage,
  plantPayloads,
  uncoveredTextFields,
  waitForPayloadShown,
  type Planted,
} from "../../../tooling/testing/xss";

describe("stored script payloads in the admin", () => {
  let db: Db;
  let browser: Browser;
  let page: Page;
  let planted: Planted | undefined;
  const dialogs: string[] = [];
  const admin = newTestUser("admin", `Admin ${PAYLOADS[1]}`);
  const duplicates: { id: string; version: number }[] = [];

  /** A write through the admin's own api, from the signed-in page; resolves with what it returned. */
  const write = async (procedure: string, input: unknown): Promise<unknown> => {
    const { status, body } = await mutateFromPage(page, procedure, input);
    if (status !== 200) throw new Error(`${procedure} answered ${status}: ${body}`);
    return (JSON.parse(body) as { result: { data: { json: unknown } } }).result.data.json;
  };

  beforeAll(async () => {
    db = createDb(databaseUrl());
    browser = await launchBrowser();
    await createUserWithCli(admin);
    page = await newIsolatedPage(browser);
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, admin.email, admin.password);
    const user = await db.user.findUniqueOrThrow({ where: { email: admin.email } });
    // Reads only: every write goes through the page.
    const read = createCaller(
      createContext({ db, user: { id: user.id, email: user.email, name: user.name, role: "admin" } }),
    );
    planted = await plantPayloads(db, read, write);
    for (const name of ["Duplicate one", "Duplicate two"]) {
      const { record } = (await write("person.create", {
        nameI18n: { en: `${name} ${PAYLOADS[0]}`, ru: PAYLOADS[2] },
      })) as { record: { id: string; version: number } };
      duplicates.push(record);
    }
  });

  afterAll(async () => {
    try {
      if (page) {
        await planted?.restore();
        for (const { id } of duplicates) {
          const now = await db.person.findUniqueOrThrow({ where: { id } });
          if (!now.deletedAt) await write("trash.move", { entityType: "person", id, version: now.version });
          const trashed = await db.person.findUniqueOrThrow({ where: { id } });
          await write("trash.purge", { entityType: "person", id, version: trashed.version });
        }
      }
    } finally {
      await browser?.close();
      await db?.$disconnect();
    }
  });

  it("puts a payload in every text field the api's record writes accept", () => {
    expect(uncoveredTextFields(planted!)).toEqual([]);
  });

  const opened: string[] = [];
  /** Opens an admin page, waits until it shows a payload, and checks that none ran and no markup escaped. */
  async function check(path: string, prepare?: () => Promise<void>): Promise<void> {
    await page.goto(`${adminUrl()}${path}`, { waitUntil: "load" });
    await prepare?.();
    await waitForPayloadShown(page);
    const outcome = await inspectPage(page);
    expect(outcome.ran, `${path}: a payload ran`).toBe(0);
    expect(outcome.injected, `${path}: an element from a payload is in the page`).toBe(0);
    expect(dialogs, `${path}: a dialog opened`).toEqual([]);
    opened.push(path);
  }

  it("runs no script and lets no markup escape on the lists, editors, record pages and histories", async () => {
    const ids = planted!.ids;
    const references = ["person", "post", "country", "organization", "topic"] as const;
    for (const kind of ["meeting", "document", ...references]) await check(`/records/${kind}`);
    await check(`/meetings/edit/${ids.meeting}`);
    await check(`/meetings/${SEEDED.meeting}`);
    for (const kind of references) await check(`/records/${kind}/${ids[kind]}`);
    for (const document of ids.documents) await check(`/records/document/${document.id}`);
    // The history: the newest two revisions are compared at once, and the newest is the one with the payloads.
    await check(`/history/meeting/${ids.meeting}`);
    for (const document of ids.documents) await check(`/history/document/${document.id}`);
    for (const kind of references) await check(`/history/${kind}/${ids[kind]}`);
    await check("/");
    console.info(`stored XSS, admin records: ${opened.length} pages opened, none ran, none escaped`);
  });

  it("runs no script on the audit log, the users, the merge screen and the trash", async () => {
    const before = opened.length;
    await check("/audit");
    await check("/users");
    await check("/merge/person", async () => {
      await chooseOption(page.getByRole("combobox", { name: "Person to keep" }), "Duplicate one");
      await chooseOption(page.getByRole("combobox", { name: "Duplicate to merge into it" }), "Duplicate two");
      await page.getByRole("status").filter({ hasText: "Links that move" }).waitFor();
    });
    for (const duplicate of duplicates) {
      const now = await db.person.findUniqueOrThrow({ where: { id: duplicate.id } });
      await write("trash.move", { entityType: "person", id: duplicate.id, version: now.version });
    }
    await check("/trash");
    console.info(
      `stored XSS, admin: ${PAYLOADS.length + FORMULA_PAYLOADS.length} payloads, ${opened.length} pages in all ` +
        `(${opened.length - before} of them audit, users, merge and trash), none ran, none escaped, no dialog`,
    );
  });
});
