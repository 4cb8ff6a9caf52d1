// The chair named in apposition or by a state of being rather than a verb of chairing: "Kazakhstan, the presiding
// country, opened …", "with Kazakhstan presiding", "The Kazakh leader, holding the rotating chairmanship, …",
// "President X was in the chair"; and a capital alone as the subject ("Astana presided"), which names the state, not a
// person. With near misses for each. Every sentence and person here is invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const OPENING = `DUSHANBE, 2 October 2022 – The Council of Heads of State of the CIS met today. Taking part were President Nurlan Abenov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan.`;
const read = (sentence: string) => readPressRelease(`${OPENING} ${sentence}`, eurasiaKnowledge);
const chairOf = (sentence: string) =>
  read(sentence).participants.find((participant) => participant.role.value === "chair")?.nameAsStated ?? null;
const names = (sentence: string) =>
  read(sentence).participants.map((participant) => participant.nameAsStated);

describe("the chairing country in apposition or in a state", () => {
  it.each([
    "Kazakhstan, the presiding country, opened the summit.",
    "Kazakhstan, the current holder of the presidency, opened the summit.",
    "Kazakhstan, as the country holding the presidency, welcomed the guests.",
    "The Kazakh leader, holding the rotating chairmanship, opened the summit.",
    "The session was held with Kazakhstan presiding.",
    "President Abenov was in the chair.",
  ])("reads its leader as the chair: %s", (sentence) => {
    expect(chairOf(sentence)).toBe("Nurlan Abenov");
  });

  it.each([
    "Kazakhstan, the current holder of the presidency of the Nordic Forum, opened an exhibition.",
    "The Kazakh leader, holding the rotating chairmanship of the Nordic Forum, spoke about trade.",
    "The next session will be held with Kazakhstan presiding next year.",
    "President Abenov was in the chair at the previous summit.",
    "Kazakhstan, the next presiding country, will host the summit.",
  ])("reads no chair for another body's office, a later or an earlier meeting: %s", (sentence) => {
    expect(chairOf(sentence)).toBeNull();
  });
});

describe("a capital alone as the subject", () => {
  it.each(["Astana presided over the session.", "The session was chaired by Astana."])(
    "names the state, whose leader chairs, not a person: %s",
    (sentence) => {
      expect(chairOf(sentence)).toBe("Nurlan Abenov");
      expect(names(sentence)).not.toContain("Astana");
    },
  );

  it("keeps a person whose given name is a capital's", () => {
    expect(names("President Santiago Lopes of Moldova also took part.")).toContain("Santiago Lopes");
  });
});

describe("a titled person's chairmanship or helm", () => {
  it.each([
    "Under President Abenov's chairmanship, the leaders discussed water.",
    "The summit took place with President Abenov at the helm.",
  ])("reads the person as the chair: %s", (sentence) => {
    expect(chairOf(sentence)).toBe("Nurlan Abenov");
  });

  it.each([
    "Under President Abenov's chairmanship of the Nordic Forum in 2019, trade grew.",
    "The next summit will take place with President Abenov at the helm.",
    "Under Kazakhstan's chairmanship of the Nordic Forum in 2019, trade grew.",
  ])("reads no chair for an earlier term, another body or a later meeting: %s", (sentence) => {
    expect(chairOf(sentence)).toBeNull();
  });
});
