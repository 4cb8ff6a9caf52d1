// The heads of bodies the knowledge does not hold, named by an abbreviation ("Secretary General of NORDAC Ivo Lind") or
// by a head noun ("President of the Steppe Academy"), and the people named before a group's heading inside a list
// ("A, Secretary General of the Council, and the heads of its affiliated bodies: B and C"). Every person and every
// body here is invented.
import { describe, expect, it } from "vitest";
import { participantsAfterTwoLeaders } from "./participants-test-reading";

const OPENING = `ASTANA, 14 March 2019 - The Council of Heads of State of the CIS met today. Taking part were President Aidos Serikov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan.`;
const read = (sentence: string) => participantsAfterTwoLeaders(OPENING, sentence);

describe("a title that ends in a body's abbreviation before the name", () => {
  it.each([
    ["Secretary General of NORDAC Ivo Lind also attended.", "Secretary General of NORDAC"],
    ["Also attending was Ivo Lind, Director General of STEPPEX.", "Director General of STEPPEX"],
    ["Chairman of AVIAKOM Ivo Lind also attended.", "Chairman of AVIAKOM"],
  ])("%s", (sentence, post) => {
    expect(read(sentence)).toEqual([["Ivo Lind", post, "guest_organization"]]);
  });

  it("guard: the head of the meeting's own body, named by its abbreviation, is its official", () => {
    expect(read("The Executive Secretary of the CIS, Ivo Lind, also attended.")).toEqual([
      ["Ivo Lind", expect.any(String), "igo_official"],
    ]);
  });
});

describe("the head of an academy or a foundation", () => {
  it.each([
    "President of the Steppe Academy Ivo Lind also attended.",
    "Also attending was Ivo Lind, President of the Steppe Academy.",
    "Also attending was Ivo Lind, President of the Nomad Foundation.",
  ])("%s", (sentence) => {
    expect(read(sentence)[0]?.[2]).toBe("guest_organization");
  });
});

describe("people named before a group's heading inside a list", () => {
  it.each([
    "Also attending were Ambassador Ivo Lind, Executive Secretary of the CIS, and the heads of the Commonwealth's affiliated bodies: Secretary General of NORDAC Oskar Vaher and President of the Steppe Academy Timur Aliev.",
    "Also attending were Ambassador Ivo Lind, Executive Secretary of the CIS, and the heads of its sectoral bodies: Secretary General of NORDAC Oskar Vaher and President of the Steppe Academy Timur Aliev.",
    "Also present were Ivo Lind, Executive Secretary of the CIS, and the representatives of two sister organisations: Secretary General of NORDAC Oskar Vaher and President of the Steppe Academy Timur Aliev.",
  ])("%s", (sentence) => {
    expect(read(sentence).map(([name]) => name)).toEqual(["Ivo Lind", "Oskar Vaher", "Timur Aliev"]);
  });

  it("guard: a heading with no one named before it", () => {
    expect(
      read(
        "Also attending were the heads of the Commonwealth's affiliated bodies: Secretary General of NORDAC Oskar Vaher and President of the Steppe Academy Timur Aliev.",
      ).map(([name]) => name),
    ).toEqual(["Oskar Vaher", "Timur Aliev"]);
  });
});
