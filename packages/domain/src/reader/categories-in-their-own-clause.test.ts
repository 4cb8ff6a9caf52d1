// A sentence that names two capacities, one for each of its clauses: each list takes the words of its own clause
// ("A and B attended as heads of dialogue partner states, and C as a guest", "C attended as a guest, and the dialogue
// partners X and Y were represented by A and B"). Every person here is invented.
import { describe, expect, it } from "vitest";
import { participantsOn } from "./participants-test-reading";

const SCO = "orgshanghaicooperationorganisati";

const categories = (text: string) =>
  participantsOn(text, { date: "2022-09-16", organizationId: SCO }).map((p) => [
    p.nameAsStated,
    p.category.value,
  ]);

describe("categories: a clause with its verb left out", () => {
  it("gives the list before the verb its clause's words and the elided clause its own", () => {
    expect(
      categories(
        "President of Türkiye Arda Kaya and President of Azerbaijan Elnur Mammadli attended as heads of dialogue partner states, and President of Turkmenistan Dovlet Orazov as a guest of the presiding country.",
      ),
    ).toEqual([
      ["Arda Kaya", "dialogue_partner"],
      ["Elnur Mammadli", "dialogue_partner"],
      ["Dovlet Orazov", "guest_state"],
    ]);
  });
});

describe("categories: the subject of 'were represented by'", () => {
  it("names the capacity of the ones represented, after another clause", () => {
    expect(
      categories(
        "Deputy Prime Minister of Turkmenistan Dovlet Orazov attended as a guest of the presiding side, and the dialogue partners Azerbaijan and Armenia were represented by Deputy Prime Minister of Azerbaijan Elnur Mammadli and Deputy Prime Minister of Armenia Aram Sargsyan.",
      ),
    ).toEqual([
      ["Dovlet Orazov", "guest_state"],
      ["Elnur Mammadli", "dialogue_partner"],
      ["Aram Sargsyan", "dialogue_partner"],
    ]);
  });

  it("names it when the sentence is about them alone", () => {
    expect(
      categories(
        "The dialogue partners were represented by Deputy Prime Minister of Azerbaijan Elnur Mammadli and Deputy Prime Minister of Armenia Aram Sargsyan.",
      ),
    ).toEqual([
      ["Elnur Mammadli", "dialogue_partner"],
      ["Aram Sargsyan", "dialogue_partner"],
    ]);
  });
});
