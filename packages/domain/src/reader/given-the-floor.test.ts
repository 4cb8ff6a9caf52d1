// Someone given the floor at the meeting, or taking it, spoke there; a title set off by a comma before honorifics and
// the name ("The Honorary Chairman of the Council, H.E. A B, …") names that person. Every person here is invented.
import { describe, expect, it } from "vitest";
import { participantsAfterTwoLeaders } from "./participants-test-reading";

const OPENING = `BAKU, 12 May 2022 – The Council of Heads of State of the Organization of Turkic States met today. Taking part were President Aidos Serikov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan.`;
const read = (sentence: string) => participantsAfterTwoLeaders(OPENING, sentence);

describe("given the floor, or taking it", () => {
  it.each([
    "The Honorary Chairman of the Organization of Turkic States, H.E. Bolat Serikbayev, was given the floor first.",
    "The Honorary Chairman of the Organization of Turkic States, H.E. Bolat Serikbayev, took the floor after the host.",
    "The Honorary Chairman of the Organization of Turkic States, Dr. Bolat Serikbayev, was then given the floor.",
  ])("%s", (sentence) => {
    expect(read(sentence)).toEqual([
      ["Bolat Serikbayev", "Honorary Chairman of the Organization of Turkic States", "igo_official"],
    ]);
  });

  it("a title, a comma and honorifics before the name, with another verb of speaking there", () => {
    expect(
      read(
        "The Honorary Chairman of the Organization of Turkic States, H.E. Bolat Serikbayev, also addressed the opening session.",
      ),
    ).toEqual([
      ["Bolat Serikbayev", "Honorary Chairman of the Organization of Turkic States", "igo_official"],
    ]);
  });

  it("guard: taking the floor at a press conference", () => {
    expect(
      read("Honorary Chairman Bolat Serikbayev took the floor at the press conference afterwards."),
    ).toEqual([]);
  });
});
