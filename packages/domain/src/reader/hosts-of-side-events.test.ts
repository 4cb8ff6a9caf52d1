// Someone named in a round-up only for hosting an event beside the meeting — a banquet, a dinner, a reception for the
// leaders — takes no part in it by that act ("The President hosted a banquet in honour of the visiting leaders", "The
// King hosted the leaders at a dinner"): the host country's head of state who entertains the heads of government is
// no delegate. Hosting the summit itself, or a leader who hosts a banquet and also addresses the summit, still counts.
// Every person here is invented unless the knowledge holds them (Ilham Aliyev, Recep Tayyip Erdogan).
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentences: string) =>
  readPressRelease(
    `BAKU, 12 May 2011 - The summit of the Organization of Turkic States was held in Baku today. Turkish President Recep Tayyip Erdogan addressed the summit. ${sentences}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a host of a banquet, a dinner or a reception beside the meeting takes no part by that act", () => {
  it.each([
    "President Daler Orazov hosted a banquet in honour of the visiting leaders on the evening of 12 May.",
    "King Farid Talibov hosted the leaders at a banquet at the royal palace on Saturday evening.",
    "Vice President Rauf Nabiyev hosted a dinner for the heads of delegation.",
    "First Deputy Prime Minister Samir Guliyev hosted the guests at an official reception after the session.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toEqual(["Recep Tayyip Erdogan"]);
  });
});

describe("guards: hosting the meeting itself, or acting at it as well, still counts", () => {
  it("a president who hosted the summit", () => {
    expect(names("Azerbaijani President Ilham Aliyev hosted the summit.")).toContain("Ilham Aliyev");
  });

  it("a president who addressed the summit and then hosted a dinner", () => {
    expect(
      names(
        "Kyrgyz President Almaz Beknazarov addressed the summit and later hosted a dinner for the leaders.",
      ),
    ).toContain("Almaz Beknazarov");
  });

  it("a president who proposed a plan at the summit", () => {
    expect(names("Kazakh President Arman Seitkali proposed a new transport corridor.")).toContain(
      "Arman Seitkali",
    );
  });
});
