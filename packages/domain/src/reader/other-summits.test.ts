// A leader named in a relative clause on another joint summit than the one the release is about ("… joined the first
// ASEAN–GCC–China Summit, where Premier X took part") took part there, not here. Every person here is invented unless
// the knowledge holds them (Anwar Ibrahim).
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (text: string) =>
  readPressRelease(text, knowledge).participants.map((participant) => {
    const person = participant.person.value;
    return person.status === "matched" ? person.label : person.proposed.name;
  });
const release = (headline: string, sentence: string) =>
  names(
    `${headline}\n\nKuala Lumpur, 27 May 2025\n\nPrime Minister of Malaysia Anwar Ibrahim chaired the summit. ${sentence}`,
  );

describe("a relative clause on another joint summit", () => {
  const sentence =
    "In the afternoon, the leaders joined the first ASEAN–GCC–China Summit, where Premier of the State Council of China Wei Lin took part.";

  it("names someone who took part there, not here", () => {
    expect(release("The Second ASEAN–GCC Summit in Kuala Lumpur", sentence)).toEqual(["Anwar Ibrahim"]);
  });

  it("but the summit the headline names is the release's own", () => {
    expect(release("The first ASEAN–GCC–China Summit in Kuala Lumpur", sentence)).toEqual([
      "Anwar Ibrahim",
      "Wei Lin",
    ]);
  });
});
