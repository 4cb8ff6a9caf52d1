// A title over a list of people given one a line, with no colon (the second styles round): a chairman's statement's
// annex ("Heads of State/Government attending the 16th ASEAN Summit"), "List of participants", "Annex I — Heads of
// Delegation". Every sentence here is made up for the rule it tests; the people are invented.
import { describe, expect, it } from "vitest";
import { participantsOn } from "./participants-test-reading";
import { ids } from "./fixtures/world-knowledge";

const ASEAN = { date: "2010-04-09", organizationId: ids.organization("asean-summit") };

const namesOf = (text: string) => participantsOn(text, ASEAN).map((p) => p.nameAsStated);

const LINES = [
  "H.E. Arkadi Velbon, President of the Republic of Indonesia",
  "The Honourable Dato' Sri Osman Tarik, Prime Minister of Malaysia",
  "H.E. Kiri Sundram, Minister of Foreign Affairs of the Kingdom of Thailand, representing the Prime Minister",
].join("\n");

describe("a title with no colon over one name a line", () => {
  it.each([
    "Heads of State/Government attending the 16th ASEAN Summit",
    "List of Participants",
    "ANNEX I — Heads of Delegation",
    "List of the Heads of State and Government present at the Summit",
  ])("reads the lines under '%s'", (title) => {
    expect(
      namesOf(`The Summit was held in Ha Noi on 8-9 April 2010.\n\nANNEX\n${title}\n\n${LINES}`),
    ).toEqual(["Arkadi Velbon", "Osman Tarik", "Kiri Sundram"]);
  });

  it("keeps the stand-in's own post on a line 'representing the Prime Minister'", () => {
    const [, , standIn] = participantsOn(`Heads of State/Government\n${LINES}`, ASEAN);
    expect(standIn?.post?.value).toMatchObject({
      status: "new",
      proposed: { label: "Foreign Minister of Thailand" },
    });
  });

  it("reads a stand-in's long line and the lines after it", () => {
    expect(
      namesOf(
        `Heads of State/Government\n${LINES}\nH.E. Somchai Arun, Deputy Prime Minister and Minister of Foreign Affairs of the Kingdom of Thailand, representing the Prime Minister\nH.E. Tran Van Minh, Prime Minister of the Socialist Republic of Viet Nam`,
      ),
    ).toEqual(["Arkadi Velbon", "Osman Tarik", "Kiri Sundram", "Somchai Arun", "Tran Van Minh"]);
  });

  it("takes the post scoped by the country of two offices joined by 'and' before 'representing …'", () => {
    const [standIn] = participantsOn(
      "Heads of State/Government\nH.E. Somchai Arun, Deputy Prime Minister and Minister of Foreign Affairs of the Kingdom of Thailand, representing the Prime Minister\nH.E. Tran Van Minh, Prime Minister of the Socialist Republic of Viet Nam",
      ASEAN,
    );
    expect([standIn?.post?.value, standIn?.category.value]).toMatchObject([
      { status: "new", proposed: { label: "Foreign Minister of Thailand" } },
      "member_state",
    ]);
  });

  it("reads no list under a sentence that opens with the same words", () => {
    expect(
      namesOf(
        "Heads of State/Government attending the summit welcomed the report.\nH.E. Arkadi Velbon, President of the Republic of Indonesia",
      ),
    ).toEqual([]);
  });
});
