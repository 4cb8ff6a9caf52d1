// Leaders of a country that is none of the body's members, named with no word of taking part in a run of names beside
// the participants read: "Mongolian President X and the heads of the member states discussed …". Until 7 December 2026
// the reader kept them on the mentions list unless they acted at the table in a clause of their own. The bench's
// counts on the unseen texts (counts only) said otherwise: such a leader, in a sentence joining names with commas or
// "and", no colon, no word of a dinner, an airport, a photograph or the press, nothing stative and no other occasion,
// was a recorded participant 26 times against twice not. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const LIST =
  "The session was attended by President Arman Teselov of Kazakhstan and President Daniil Vorkut of Belarus.";
const BASE = ["Arman Teselov", "Daniil Vorkut"];
const read = (sentence: string, list = LIST) =>
  readPressRelease(
    `MINSK, 14 March 2019 — The Council of Heads of State of the CIS met today. ${list} ${sentence}`,
    knowledge,
  );
const names = (sentence: string, list = LIST) =>
  read(sentence, list).participants.map((participant) => participant.nameAsStated);

describe("a guest leader named in a run of names, with no word of taking part", () => {
  it.each([
    "Mongolian President Bat-Erdene Ganbold and the heads of the member states discussed transit across the union.",
    "The heads of state of the Commonwealth and President Bat-Erdene Ganbold of Mongolia, a guest of the presidency, reviewed the transit agreements.",
    "Also in the hall, as guests, were President Bat-Erdene Ganbold of Mongolia and President Serdar Orazov of Turkmenistan.",
  ])("%s", (sentence) => {
    const proposal = read(sentence);
    const guest = proposal.participants.find((one) => one.nameAsStated === "Bat-Erdene Ganbold");
    expect(guest?.category.value).toBe("guest_state");
    // Read from the words around the mention, not a verb of attending: among the facts to check first.
    expect(guest!.confidence).toBeLessThan(
      Math.min(...proposal.participants.slice(0, 2).map((one) => one.confidence)),
    );
  });

  it.each([
    // another occasion, a dinner, a photograph, his family, the press, a state rather than an act
    "Mongolian President Bat-Erdene Ganbold and the leaders will meet again in Astana next year.",
    "Mongolian President Bat-Erdene Ganbold and the heads of delegations attended a dinner in the evening.",
    "Mongolian President Bat-Erdene Ganbold, President Serdar Orazov of Turkmenistan and the heads of delegations posed for a photograph.",
    "Mongolian President Bat-Erdene Ganbold and his wife toured the old town.",
    "Mongolian President Bat-Erdene Ganbold and the union's leaders told reporters the corridor would open soon.",
    "Mongolian President Bat-Erdene Ganbold, a neighbour of the union, is a keen supporter of the corridor.",
  ])("guard: %s", (sentence) => {
    expect(names(sentence)).not.toContain("Bat-Erdene Ganbold");
  });

  it("not beside one participant alone: a run beside a single attendee says nothing of the others", () => {
    const one = "The session was attended by President Arman Teselov of Kazakhstan.";
    expect(
      names(
        "Mongolian President Bat-Erdene Ganbold and the heads of the member states discussed transit.",
        one,
      ),
    ).toEqual(["Arman Teselov"]);
  });

  it("a member's leader named so stays to the rules of members", () => {
    expect(names("President Daniil Vorkut and the heads of the member states discussed transit.")).toEqual(
      BASE,
    );
  });
});
