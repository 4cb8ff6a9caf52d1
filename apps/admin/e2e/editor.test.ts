import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, signedInEditor } from "../../../tooling/testing/admin-pages";
import { adminUrl, webUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";
import { newIsolatedPage } from "../../../tooling/testing/users";

const TITLE = "E2E Summit of the Council of Heads of State";
const SLUG = "e2e-summit-of-the-council-of-heads-of-state-2023-07-04";

/** Types into a picker and takes the first result (or the inline "Create …" entry). */
async function pick(page: Page, fieldId: string, text: string, option?: string) {
  const chosen = await chooseOption(page.locator(`#${fieldId}`), text, option, { exact: false });
  const label = chosen.replace(/^Create \w+ “(.*)”$/, "$1").split(" · ")[0]!;
  await page.locator(`.picker:has(#${fieldId}) .picked`, { hasText: label }).waitFor();
}

const save = (page: Page) => page.keyboard.press("Control+s");

// The same automated check the public site passes (axe-core, WCAG 2.1 A/AA and best practice; serious or critical).
const AXE_SOURCE = createRequire(new URL("../../web/package.json", import.meta.url)).resolve(
  "axe-core/axe.min.js",
);

async function seriousViolations(page: Page) {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("the meeting editor", () => {
  let browser: Browser;
  let alice: Page;
  let bob: Page;
  let meetingPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    // One at a time: creating a user applies pending migrations under a lock first.
    alice = await signedInEditor(browser, "Alice Editor");
    bob = await signedInEditor(browser, "Bob Editor");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("builds a new meeting from scratch, publishes it after naming its draft documents, and the public site shows it", async () => {
    await alice.goto(`${adminUrl()}/meetings/new`);
    await alice.locator("#field-titleI18n-en").fill(TITLE);
    await alice.locator("#field-titleI18n-ru").fill("Заседание Совета глав государств (E2E)");
    await alice.locator("#field-titleI18n-zh").fill("元首理事会会议（E2E）");
    await alice.locator("#field-startDate").fill("2023-07-04");
    await alice.locator("#field-endDate").fill("2023-07-04");
    await pick(alice, "field-bodyId", "council of heads");

    await alice.getByRole("button", { name: "Add participant" }).click();
    await pick(alice, "field-participations-0-personId", "E2E Delegate", "Create person “E2E Delegate”");
    await alice.locator("#field-participations-0-titleAsStated").fill("Chair E2E Delegate");
    await alice.locator("#field-participations-0-role").selectOption("chair");
    await alice.getByRole("button", { name: "Add participant" }).click();
    await pick(alice, "field-participations-1-personId", "putin");
    await alice.locator("#field-participations-1-titleAsStated").fill("Russian President Vladimir Putin");
    // Keyboard reordering: the second participant moves up to protocol position 1.
    await alice.getByRole("button", { name: "Move Vladimir Putin up" }).click();
    expect(await alice.getByTestId("participant-row").first().textContent()).toContain("Vladimir Putin");

    await alice.getByRole("button", { name: "Add document" }).click();
    await alice.locator("#field-documents-0-titleI18n-en").fill("E2E Declaration");
    await alice.locator("#field-documents-0-type").selectOption("declaration");
    await alice.getByRole("button", { name: "Add document" }).click();
    await alice.locator("#field-documents-1-titleI18n-en").fill("E2E Action Plan");
    await alice.locator("#field-documents-1-type").selectOption("action_plan");
    await alice.getByRole("button", { name: "Add source" }).click();
    await alice.locator("#field-sources-0-url").fill("https://example.org/e2e-release");
    await alice.locator("#field-sources-0-title").fill("E2E leaders meet");
    await alice.locator("#field-sources-0-publisher").fill("E2E News Agency");
    await alice.locator("#field-sources-0-publishedAt").fill("2023-07-04T18:00");
    await alice.locator("#field-sources-0-language").fill("english");
    await alice
      .locator("#field-sources-0-text")
      .fill("The heads of state met online.\n\nThey adopted a declaration.");
    await alice.locator("#field-sources-0-archivedAt").fill("2023-07-03");
    // The source's rules are checked before anything is sent, each message under its field.
    await save(alice);
    await alice
      .locator("#field-sources-0-language ~ .field-error")
      .filter({ hasText: "Must be a language tag such as en, ru, zh or zh-Hans" })
      .waitFor();
    await alice
      .locator("#field-sources-0-archivedAt ~ .field-error")
      .filter({ hasText: "The text cannot have been archived before the source was published" })
      .waitFor();
    await alice.locator("#field-sources-0-language").fill("en");
    await alice.locator("#field-sources-0-archivedAt").fill("2023-07-05");

    await save(alice);
    await alice.waitForURL(/\/meetings\/edit\//);
    await alice.getByText(/Saved · version 1 · draft/).waitFor();
    meetingPath = new URL(alice.url()).pathname;

    await alice.getByRole("button", { name: "Publish…" }).click();
    const dialog = alice.getByRole("dialog", { name: "Publish this meeting?" });
    await dialog.waitFor();
    expect(await dialog.getByRole("listitem").allTextContents()).toEqual([
      "E2E Declaration",
      "E2E Action Plan",
    ]);
    await dialog.getByRole("button", { name: "Publish meeting and 2 documents" }).click();
    await alice.getByText(/Published \(version 2\)/).waitFor();

    const visitor = await newIsolatedPage(browser);
    await visitor.goto(`${webUrl()}/en/meetings/${SLUG}`);
    await visitor.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    expect(await visitor.content()).toContain("E2E Declaration");
    // The source as a researcher cites it, with its archived text behind a disclosure.
    const source = visitor.locator("#sources ~ ol.sources > li").first();
    expect(await source.innerText()).toMatch(
      /E2E leaders meet[\s\S]*E2E News Agency[\s\S]*4 July 2023[\s\S]*English/,
    );
    expect(await source.getByRole("link", { name: "E2E leaders meet" }).getAttribute("href")).toBe(
      "https://example.org/e2e-release",
    );
    await source.getByText("Archived text").click();
    await source.getByText("They adopted a declaration.").waitFor();
    expect(await source.locator(".source-text").getAttribute("lang")).toBe("en");
  });

  it("two editors collide: the second sees both versions side by side and neither loses a field", async () => {
    await alice.goto(`${adminUrl()}${meetingPath}`);
    await bob.goto(`${adminUrl()}${meetingPath}`);
    await alice.locator("#field-titleI18n-en").waitFor();
    await bob.locator("#field-titleI18n-en").waitFor();

    await alice.locator("#field-summaryI18n-en").fill("Summary written by Alice.");
    await save(alice);
    await alice.getByText("Saved (version 3).").waitFor();

    await bob.locator("#field-titleI18n-ru").fill("Заголовок от Боба");
    await save(bob);
    const conflict = bob.getByRole("region", {
      name: "Someone else saved this meeting while you were editing",
    });
    await conflict.waitFor();
    // Different fields collide in nothing: both changes are shown, merged, and nothing is asked.
    const merged = conflict.getByRole("group", { name: "Merged automatically" });
    await merged.getByText("Summary — now: English: Summary written by Alice.").waitFor();
    await merged.getByText("Title › Russian — now: Заголовок от Боба").waitFor();
    expect(await conflict.getByRole("radio").count()).toBe(0);
    await conflict.getByRole("button", { name: "Use these choices" }).click();
    await save(bob);
    await bob.getByText("Saved (version 4).").waitFor();

    await alice.reload();
    await alice.locator("#field-titleI18n-ru").waitFor();
    expect(await alice.locator("#field-titleI18n-ru").inputValue()).toBe("Заголовок от Боба");
    expect(await alice.locator("#field-summaryI18n-en").inputValue()).toBe("Summary written by Alice.");
  });

  it("restores an earlier revision from the history, as a new revision", async () => {
    const id = meetingPath.split("/").pop()!;
    await alice.goto(`${adminUrl()}/history/meeting/${id}`);
    // Restoring first says what it does; nothing happens until it is confirmed.
    let question = "";
    alice.once("dialog", (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await alice.getByRole("button", { name: "Restore version 2" }).click();
    await alice.getByText("Restored version 2 as version 5.").waitFor();
    expect(question).toContain(
      "Restore version 2? Every field goes back to how it was at version 2, saved as a new version 5",
    );
    await alice.goto(`${adminUrl()}${meetingPath}`);
    await alice.locator("#field-titleI18n-ru").waitFor();
    expect(await alice.locator("#field-titleI18n-ru").inputValue()).toBe(
      "Заседание Совета глав государств (E2E)",
    );
    expect(await alice.locator("#field-summaryI18n-en").inputValue()).toBe("");
  });

  it("passes the public site's automated accessibility check on the editor, list, history and trash pages", async () => {
    const id = meetingPath.split("/").pop()!;
    const found: Record<string, string[]> = {};
    for (const path of [
      meetingPath,
      "/meetings/new",
      "/records/meeting",
      "/records/person",
      `/history/meeting/${id}`,
      "/trash",
    ]) {
      await alice.goto(`${adminUrl()}${path}`);
      await alice.locator("h1").waitFor();
      await alice.waitForLoadState("networkidle");
      const violations = await seriousViolations(alice);
      if (violations.length) found[path] = violations;
    }
    expect(found).toEqual({});
  });

  it("moves a record to the trash from a list and restores it from the trash", async () => {
    await alice.goto(`${adminUrl()}/records/person`);
    await alice.getByLabel("Search").fill("E2E Delegate");
    await alice.getByRole("checkbox", { name: "Select E2E Delegate" }).check();
    // The question names what goes and what still links to it (the delegate takes part in the E2E meeting).
    let question = "";
    alice.once("dialog", (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await alice.getByRole("button", { name: "Move selected to trash" }).click();
    await alice.getByText("1 of 1 done.").waitFor();
    expect(question).toMatch(
      /^Move 1 person to the trash\?\n\n• E2E Delegate\n\nStill linked from 1 participation/,
    );
    // …and which published pages show it, which leave it out once it is in the trash.
    expect(question).toContain(`Published pages that show it will leave it out:\n• Meeting: ${TITLE}`);

    await alice.goto(`${adminUrl()}/trash`);
    await alice.getByRole("button", { name: "Restore E2E Delegate" }).click();
    await alice.getByText("Restored “E2E Delegate”.").waitFor();
    await alice.goto(`${adminUrl()}/records/person`);
    await alice.getByLabel("Search").fill("E2E Delegate");
    await alice.getByRole("checkbox", { name: "Select E2E Delegate" }).waitFor();
  });

  it("an edit of a published meeting reaches the very next public request (the site's cache is revalidated)", async () => {
    const visitor = await newIsolatedPage(browser);
    const publicPage = `${webUrl()}/en/meetings/${SLUG}`;
    await visitor.goto(publicPage);
    await visitor.getByRole("heading", { level: 1, name: TITLE }).waitFor();

    await alice.goto(`${adminUrl()}${meetingPath}`);
    await alice.locator("#field-titleI18n-en").fill(`${TITLE} (revised)`);
    await save(alice);
    await alice.getByText(/^Saved \(version \d+\)\.$/).waitFor();

    await visitor.goto(publicPage);
    expect(await visitor.getByRole("heading", { level: 1 }).textContent()).toBe(`${TITLE} (revised)`);
  });

  it("trashes the meeting from its editor (gone from the public site) and restores it from the trash", async () => {
    await alice.goto(`${adminUrl()}${meetingPath}`);
    await alice.locator("#field-titleI18n-en").waitFor();
    alice.once("dialog", (dialog) => void dialog.accept());
    await alice.getByRole("button", { name: "Move to trash" }).click();
    await alice.waitForURL(/\/trash$/);
    const visitor = await newIsolatedPage(browser);
    const response = await visitor.goto(`${webUrl()}/en/meetings/${SLUG}`);
    expect(response?.status()).toBe(404);

    await alice.getByRole("button", { name: `Restore ${TITLE} (revised)` }).click();
    await alice.getByText(`Restored “${TITLE} (revised)”.`).waitFor();
    await visitor.goto(`${webUrl()}/en/meetings/${SLUG}`);
    expect(await visitor.getByRole("heading", { level: 1 }).textContent()).toBe(`${TITLE} (revised)`);
  });

  /** Both editors open the meeting; Alice edits and saves first, then Bob edits from the version he loaded. */
  async function collide(aliceEdits: () => Promise<unknown>, bobEdits: () => Promise<unknown>) {
    await alice.goto(`${adminUrl()}${meetingPath}`);
    await bob.goto(`${adminUrl()}${meetingPath}`);
    await alice.locator("#field-participations-1-mode").waitFor();
    await bob.locator("#field-participations-1-mode").waitFor();
    // Protocol order from the first test: Vladimir Putin first, E2E Delegate second (names load after the form).
    await bob
      .getByTestId("participant-row")
      .first()
      .locator("strong", { hasText: "1. Vladimir Putin" })
      .waitFor();
    await aliceEdits();
    await save(alice);
    await alice.getByText(/^Saved \(version \d+\)\.$/).waitFor();
    await bobEdits();
    await save(bob);
    const conflict = bob.getByRole("region", {
      name: "Someone else saved this meeting while you were editing",
    });
    await conflict.waitFor();
    return conflict;
  }

  it("two editors change different participants: nothing is asked and the save keeps both changes", async () => {
    const conflict = await collide(
      () =>
        alice
          .locator("#field-participations-0-titleAsStated")
          .fill("President Vladimir Putin (edited by Alice)"),
      // The second participant chairs: attending by videoconference still lets them chair (rule 3).
      () => bob.locator("#field-participations-1-mode").selectOption("videoconference"),
    );
    const merged = conflict.getByRole("group", { name: "Merged automatically" });
    await merged
      .getByText(
        "Participant Vladimir Putin › Title as stated — now: President Vladimir Putin (edited by Alice)",
      )
      .waitFor();
    await merged.getByText("Participant E2E Delegate › Mode — now: By videoconference").waitFor();
    expect(await conflict.getByRole("radio").count()).toBe(0);
    await conflict.getByRole("button", { name: "Use these choices" }).click();
    expect(await bob.locator("#field-participations-0-titleAsStated").inputValue()).toBe(
      "President Vladimir Putin (edited by Alice)",
    );
    await save(bob);
    await bob.getByText(/^Saved \(version \d+\)\.$/).waitFor();

    await alice.reload();
    await alice.locator("#field-participations-1-mode").waitFor();
    expect(await alice.locator("#field-participations-0-titleAsStated").inputValue()).toBe(
      "President Vladimir Putin (edited by Alice)",
    );
    expect(await alice.locator("#field-participations-1-mode").inputValue()).toBe("videoconference");
  });

  it("two editors change the same participant's role: that alone is asked, the choice is saved and no other field is lost", async () => {
    const conflict = await collide(
      async () => {
        await alice.locator("#field-participations-0-role").selectOption("head_of_delegation");
        await alice.locator("#field-summaryI18n-en").fill("Summary after the role clash.");
      },
      async () => {
        await bob.locator("#field-participations-0-role").selectOption("speaker");
        await bob.locator("#field-participations-0-mode").selectOption("videoconference");
      },
    );
    await conflict.getByRole("rowheader", { name: "Participant Vladimir Putin › Role" }).waitFor();
    expect(await conflict.locator("tbody tr").count()).toBe(1);
    expect(await seriousViolations(bob)).toEqual([]);
    const yours = conflict.getByRole("radio", { name: "Keep yours: Speaker" });
    expect(await yours.isChecked()).toBe(true);
    await conflict.getByRole("radio", { name: "Keep theirs: Head of delegation" }).check();
    expect(await yours.isChecked()).toBe(false);
    await conflict
      .getByRole("group", { name: "Merged automatically" })
      .getByText("Participant Vladimir Putin › Mode — now: By videoconference")
      .waitFor();
    await conflict.getByRole("button", { name: "Use these choices" }).click();
    await save(bob);
    await bob.getByText(/^Saved \(version \d+\)\.$/).waitFor();

    await alice.reload();
    await alice.locator("#field-participations-0-role").waitFor();
    expect(await alice.locator("#field-participations-0-role").inputValue()).toBe("head_of_delegation");
    expect(await alice.locator("#field-participations-0-mode").inputValue()).toBe("videoconference");
    expect(await alice.locator("#field-summaryI18n-en").inputValue()).toBe("Summary after the role clash.");
    expect(await alice.locator("#field-participations-0-titleAsStated").inputValue()).toBe(
      "President Vladimir Putin (edited by Alice)",
    );
  });

  it("warns before leaving with unsaved changes, and offers them back after a reload", async () => {
    await alice.goto(`${adminUrl()}${meetingPath}`);
    await alice.locator("#field-summaryI18n-en").fill("Typed but not saved.");
    await alice.getByText("Unsaved changes", { exact: true }).waitFor();
    await alice.waitForTimeout(500); // the local copy is written shortly after typing stops
    let guard = "";
    alice.once("dialog", (dialog) => {
      guard = dialog.type();
      void dialog.accept();
    });
    await alice.reload();
    expect(guard).toBe("beforeunload");
    const notice = alice.getByRole("region", { name: "Unsaved work found" });
    await notice.getByRole("button", { name: "Restore unsaved changes" }).click();
    expect(await alice.locator("#field-summaryI18n-en").inputValue()).toBe("Typed but not saved.");
  });

  it("records which end of a presidency the meeting holds, and the public page says it", async () => {
    await bob.goto(`${adminUrl()}${meetingPath}`);
    await bob.locator("#field-titleI18n-en").waitFor();
    await bob.getByRole("button", { name: "Add chairmanship" }).click();
    const at = bob.getByLabel("At this meeting the term");
    expect(await at.inputValue()).toBe("start");
    expect(await at.locator("option").allTextContents()).toEqual(["starts", "ends"]);
    // The term is the body's, from the meeting's date: only the country is left to pick.
    await pick(bob, "field-chairmanships-0-countryId", "india");
    expect(await bob.locator("#field-chairmanships-0-startDate").inputValue()).toBe("2023-07-04");
    // Said to end here, a term that starts on the meeting's date is refused at its end date.
    await at.selectOption("end");
    await save(bob);
    await bob.locator("#field-chairmanships-0-endDate[aria-invalid=true]").waitFor();
    await at.selectOption("start");
    await save(bob);
    await bob.getByText(/^Saved \(version \d+\)\.$/).waitFor();

    await bob.reload();
    expect(await bob.getByLabel("At this meeting the term").inputValue()).toBe("start");
    expect(await seriousViolations(bob)).toEqual([]);
    const visitor = await newIsolatedPage(browser);
    await visitor.goto(`${webUrl()}/en/meetings/${SLUG}`);
    const india = visitor.locator("section[aria-labelledby=chairmanship] li").filter({ hasText: "India" });
    expect(await india.textContent()).toContain("starts at this meeting");
  });
});
