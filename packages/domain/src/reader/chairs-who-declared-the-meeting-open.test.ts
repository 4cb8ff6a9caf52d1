// The host's leader who "declared the Summit open", as regional communiqués put the opening: the chair, as the host's
// leader who "opened the Summit" already was. Until 7 December 2026 the declaration made no one chair. So the body's
// chairperson named in apposition who declared the Summit open ("The COMESA Chairperson, President X, declared …"),
// and the one it was "opened by the COMESA Chairperson, President X" (the office capitalised), who were head of
// delegation until the eighth session of 7 December 2026. Every sentence is written for this test.
import { describe, expect, it } from "vitest";
import { handovers7Knowledge } from "./fixtures/handovers7-knowledge";
import { readPressRelease } from "./read-press-release";

const OPENING =
  "Lusaka, 8 June 2023\n\nThe 22nd Summit of the Common Market for Eastern and Southern Africa (COMESA) was held in Lusaka. Taking part were President Hakainde Hichilema of Zambia, Prime Minister Mostafa Madbouly of Egypt, President Evariste Ndayishimiye of Burundi and President William Ruto of Kenya.";
const chairs = (sentence: string) =>
  readPressRelease(`${OPENING}\n\n${sentence}\n`, handovers7Knowledge)
    .participants.filter((participant) => participant.role.value === "chair")
    .map((participant) => participant.nameAsStated);

describe("the host's leader who declared the meeting open", () => {
  it.each([
    "President Hichilema declared the Summit open.",
    "President Hichilema declared the 22nd COMESA Summit officially open.",
  ])("chairs: %s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Hakainde Hichilema"]);
  });

  it.each(["President Hichilema declared the exhibition open.", "President Ruto declared the Summit open."])(
    "not: %s",
    (sentence) => {
      expect(chairs(sentence)).toEqual([]);
    },
  );
});

describe("the body's chairperson in apposition, who opened the meeting", () => {
  it.each([
    "The COMESA Chairperson, President Hakainde Hichilema, declared the Summit open.",
    "The COMESA Chairperson, President Hakainde Hichilema of Zambia, formally declared the 22nd Summit open.",
    "The Summit was opened by the COMESA Chairperson, President Hakainde Hichilema.",
    "The Summit was officially opened by its Chairperson, President Hichilema.",
  ])("chairs: %s", (sentence) => {
    expect(chairs(sentence)).toEqual(["Hakainde Hichilema"]);
  });

  it("not one who declared that the summit was open to observers", () => {
    expect(chairs("President Ruto declared that the Summit was open to observers.")).toEqual([]);
  });
});
