// A leader named only as saying something to the meeting or of it as it met: "X told the summit …", "X said the
// meeting opened a new page", "X said this session should …" — and the same subject named by his country's possessive
// alone ("Kyrgyzstan's X, who took office in November, said the meeting …"). Not what is said of a later meeting ("X
// said the summit would be held in May") nor a spokesman's comment. Every person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentence: string) =>
  readPressRelease(
    `ASTANA, 15 March 2018 — The consultative meeting of the heads of state of Central Asia was held today. Taking part were President of Tajikistan Rustam Nazarov and President of Uzbekistan Bakhtiyor Aliyev. ${sentence}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a leader who said something to the meeting or of it takes part", () => {
  it.each([
    "President of Kyrgyzstan Almaz Toktorov told the summit that water is the region's first concern.",
    "Kyrgyz President Almaz Toktorov told the session the region needed new roads.",
    "President of Kyrgyzstan Almaz Toktorov said the meeting opened a new page in the region's relations.",
    "Kyrgyz President Almaz Toktorov said that the summit had shown what the five could do together.",
    "President of Kyrgyzstan Almaz Toktorov said this meeting should give priority to transport links.",
  ])("%s", (sentence) => {
    expect(names(sentence)).toContain("Almaz Toktorov");
  });

  it("reads the subject named by his country's possessive alone, past a relative clause", () => {
    expect(
      names(
        "Kyrgyzstan's Almaz Toktorov, who took office in November after his predecessor stepped down, said the meeting opened a new page.",
      ),
    ).toContain("Almaz Toktorov");
  });
});

describe("what is said of another meeting, or by a spokesman, is no taking part", () => {
  it.each([
    "President of Kyrgyzstan Almaz Toktorov said the summit would be held in Bishkek next year.",
    "President of Kyrgyzstan Almaz Toktorov said the next meeting is to take place in Cholpon-Ata.",
    "Presidential spokesman Daniyar Omarov said the meeting had been constructive.",
  ])("%s", (sentence) => {
    expect(names(sentence)).not.toContain(sentence.includes("Omarov") ? "Daniyar Omarov" : "Almaz Toktorov");
  });
});
