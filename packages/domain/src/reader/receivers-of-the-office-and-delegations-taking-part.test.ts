// Two ways real summit reports name a leader at the meeting without a verb of attending: as the one the office is
// handed to ("Algeria's Prime Minister … handed over the presidency to Saudi Crown Prince X", "handed the gavel to
// President Y") and as the head of a delegation the country takes part with ("The UAE is taking part with a high-level
// delegation headed by Sheikh X, Vice President …, on behalf of the President"). Until the eighth session of 7 December 2026 both were left
// among the mentions ("named as merely mentioned: presidency to", "… headed by"). The one handed the office at the
// opening chairs the rest of the meeting ("opened with an address by W, the outgoing chairperson, who handed over the
// chairmanship to X"); not one it will pass to later. Also the styles "Begum" and the title word "Revolution" ("the
// Leader of the Libyan Revolution X"), which were read into names. Every sentence is written for these tests; the
// people are real leaders, their words are ours.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { readPressRelease } from "./read-press-release";

const DATELINE = "JEDDAH, 19 May 2023\n\nThe 32nd Arab League summit opened in Jeddah today.";
const read = (paragraph: string) =>
  readPressRelease(`${DATELINE}\n\n${paragraph}\n`, referenceData).participants.map((participant) => ({
    name: participant.nameAsStated,
    role: participant.role.value,
  }));

describe("the one the office is handed to", () => {
  it.each([
    "Algerian Prime Minister Aymen Benabderrahmane, whose country held the presidency, handed over the presidency to Saudi Crown Prince Mohammed bin Salman.",
    "Algerian Prime Minister Aymen Benabderrahmane passed the chairmanship of the Council over to Saudi Crown Prince Mohammed bin Salman.",
  ])("takes part: %s", (paragraph) => {
    expect(read(paragraph)).toContainEqual({ name: "Mohammed bin Salman", role: "head_of_delegation" });
  });

  it("chairs when handed the office at the opening", () => {
    expect(
      read(
        "The summit opened with an address by Algerian Prime Minister Aymen Benabderrahmane, the outgoing chair, who handed over the presidency to Saudi Crown Prince Mohammed bin Salman.",
      ),
    ).toEqual([
      { name: "Aymen Benabderrahmane", role: "head_of_delegation" },
      { name: "Mohammed bin Salman", role: "chair" },
    ]);
  });

  it("chairs when elected chair right after", () => {
    expect(
      read(
        "Algerian Prime Minister Aymen Benabderrahmane handed over the presidency to Saudi Crown Prince Mohammed bin Salman, who was then elected Chairman of the Summit.",
      ),
    ).toContainEqual({ name: "Mohammed bin Salman", role: "chair" });
  });

  it("is no participant when the office is still to pass", () => {
    expect(
      read(
        "Egyptian President Abdel Fattah al-Sisi attended. Algeria will hand over the presidency to Saudi Crown Prince Mohammed bin Salman next year.",
      ).map((participant) => participant.name),
    ).not.toContain("Mohammed bin Salman");
  });
});

describe("the head of a delegation the country takes part with", () => {
  it("is its head of delegation, with the post after the name and not the one he stands in for", () => {
    const proposal = readPressRelease(
      `${DATELINE}\n\nThe UAE is taking part with a high-level delegation headed by Sheikh Mansour bin Zayed Al Nahyan, Vice President and Deputy Prime Minister, on behalf of the President, Sheikh Mohammed bin Zayed Al Nahyan. Kuwait took part in the summit with a delegation led by Crown Prince Mishal Al-Ahmad Al-Jaber Al-Sabah.\n`,
      referenceData,
    );
    expect(
      proposal.participants.map((participant) => [
        participant.nameAsStated,
        participant.category.value,
        participant.post?.value.status === "new" ? participant.post.value.proposed.label : null,
      ]),
    ).toEqual([
      ["Mansour bin Zayed Al Nahyan", "member_state", "Vice-President of United Arab Emirates"],
      ["Mishal Al-Ahmad Al-Jaber Al-Sabah", "member_state", "Crown Prince of Kuwait"],
    ]);
  });

  it("not a delegation of something else", () => {
    expect(read("The trade commission headed by Minister Ahmed Ali met on Monday.")).toEqual([]);
  });
});

describe("styles and title words read into names", () => {
  it.each([
    ["Bangladeshi Prime Minister Begum Khaleda Zia addressed the summit.", "Khaleda Zia"],
    ["The Leader of the Libyan Revolution Muammar Gaddafi addressed the summit.", "Muammar Gaddafi"],
  ])("%s", (paragraph, name) => {
    expect(read(paragraph).map((participant) => participant.name)).toEqual([name]);
  });
});
