import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInEditor } from "../../../tooling/testing/admin-pages";
import { adminUrl } from "../../../tooling/testing/apps";
import { launchBrowser } from "../../../tooling/testing/browser";

const panel = (page: Page) => page.getByRole("region", { name: "Review and publication" });

// Two editors in two browsers take a new draft through review in the meeting editor's panel, as a newsroom does.
describe("review and scheduled publication in the meeting editor", () => {
  let browser: Browser;
  let author: Page;
  let reviewer: Page;
  let editorUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    author = await signedInEditor(browser, "Rita Writer");
    reviewer = await signedInEditor(browser, "Ravi Reviewer");
    await author.goto(`${adminUrl()}/meetings/new`);
    await author.locator("#field-titleI18n-en").fill("Summit sent through review");
    await author.getByRole("button", { name: "Save", exact: true }).click();
    await author.waitForURL(/\/meetings\/edit\//);
    editorUrl = author.url();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("asks for review; the other editor returns it with a comment, then approves it", async () => {
    await panel(author).getByText("No review asked for").waitFor();
    await panel(author)
      .getByLabel(/^Comment/)
      .fill("Check the title, please.");
    await panel(author).getByRole("button", { name: "Ask for review" }).click();
    await panel(author).getByText("Waiting for review by another editor.").waitFor();
    // The one who asked is not offered the approval the server would refuse.
    expect(await panel(author).getByRole("button", { name: "Approve" }).count()).toBe(0);

    await reviewer.goto(editorUrl);
    await panel(reviewer).getByText("Asked by Rita Writer").waitFor();
    expect(await panel(reviewer).getByRole("button", { name: "Return with comment" }).isDisabled()).toBe(
      true,
    );
    await panel(reviewer)
      .getByLabel(/^Comment/)
      .fill("The date is missing.");
    await panel(reviewer).getByRole("button", { name: "Return with comment" }).click();
    await panel(reviewer).getByText("Returned for changes.").waitFor();
    await panel(reviewer).getByText("The date is missing.").waitFor();

    await author.reload();
    await panel(author).getByText("The date is missing.").waitFor();
    await panel(author).getByRole("button", { name: "Ask for review" }).click();
    await panel(author).getByText("Waiting for review by another editor.").waitFor();

    await reviewer.reload();
    await panel(reviewer).getByRole("button", { name: "Approve" }).click();
    await panel(reviewer).getByText("Approved for publication.").waitFor();
  });

  it("says why a schedule is refused, and keeps every step in the history with its comment", async () => {
    await author.reload();
    await panel(author)
      .getByLabel(/^Publish at/)
      .fill("2099-01-01T09:00");
    await panel(author).getByRole("button", { name: "Schedule" }).click();
    // The draft lacks what publishing needs: the schedule is refused with the reason, not set up to fail.
    await panel(author)
      .getByRole("alert")
      .getByText(/can be published only with/)
      .waitFor();

    await author.goto(editorUrl.replace(/\/meetings\/edit\//, "/history/meeting/"));
    const history = author.getByRole("table");
    await history.getByText("Returned for changes").waitFor();
    expect(await history.getByText("“The date is missing.”").count()).toBe(1);
    expect(await history.getByText("Asked for review").count()).toBe(2);
    expect(await history.getByText("Approved for publication").count()).toBe(1);
  });
});
