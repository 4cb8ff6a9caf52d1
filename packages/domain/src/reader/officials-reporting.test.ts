// Who takes part by reporting to a session: an organization's own official (its Secretary General, Executive
// Secretary) reports to its bodies' sessions in his own right and takes part, whatever the report was on; a minister
// who "reported to the leaders" is a member of his leader's delegation and stays out when the leader is there (as the
// precision fixtures expect). Every person here is invented unless the knowledge holds them (Lukashenko, Lavrov).
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const read = (text: string) =>
  readPressRelease(text, knowledge).participants.map((participant) => {
    const person = participant.person.value;
    return {
      name: person.status === "matched" ? person.label : person.proposed.name,
      category: participant.category.value,
    };
  });
const csto = (sentences: string) =>
  read(
    `MOSCOW, 5 September 2008 — The CSTO Collective Security Council met today. Taking part were President of Belarus Alexander Lukashenko and President of Russia Dmitry Petrov. ${sentences}`,
  );
const leaders = [
  { name: "Alexander Lukashenko", category: "member_state" },
  { name: "Dmitry Petrov", category: "member_state" },
];

describe("an organization's official who reports to the session takes part", () => {
  it.each([
    "The CSTO Secretary General Nikolai Sorokin reported on the Organization's activity over the past year.",
    "The Secretary General of the CSTO N.N. Sorokin reported on the work done to carry out the decisions of the previous session.",
    "The CSTO Secretary General Nikolai Sorokin presented the annual report.",
  ])("%s", (sentence) => {
    const found = csto(sentence);
    expect(found.slice(0, 2)).toEqual(leaders);
    expect(found[2]).toMatchObject({ category: "igo_official" });
    expect(found).toHaveLength(3);
  });

  it("not when the report is for a later session", () => {
    expect(
      csto(
        "The CSTO Secretary General Nikolai Sorokin is expected to report on the exercises at the next session.",
      ),
    ).toEqual(leaders);
  });
});

describe("a minister who reports to the leaders stays in his leader's delegation", () => {
  it("leaves out a minister whose president is there", () => {
    expect(
      csto(
        "The Minister of Foreign Affairs of the Russian Federation S.V. Lavrov reported to the heads of state on the situation in the Caucasus.",
      ),
    ).toEqual(leaders);
  });
});

describe("an official whose title names the organization", () => {
  it("takes part by presenting the commission's report", () => {
    const found = read(
      "MINSK, 26 June 2025 — The Supreme Eurasian Economic Council met today. Taking part were President of Belarus Alexander Lukashenko and President of Russia Dmitry Petrov. Chairman of the Board of the Eurasian Economic Commission Arman Beisenov presented the commission's report on the internal market.",
    );
    expect(found).toHaveLength(3);
    expect(found[2]).toEqual({ name: "Arman Beisenov", category: "igo_official" });
  });
});
