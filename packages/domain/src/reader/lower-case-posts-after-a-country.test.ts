// A head of state's or government's post in lower case after the country's adjective, as the press writes it, is a
// title as its capitalised form is: "The Dutch prime minister, X, pushed for …", "Croatian president X proposed …",
// "the German chancellor, X, said …". Written for the participants8 round (the EPC, Council of Europe and MED9
// fixtures lost such leaders); every person here is invented.
import { describe, expect, it } from "vitest";
import { participants8Knowledge as knowledge } from "./fixtures/participants8-knowledge";
import { readPressRelease } from "./read-press-release";

const opening =
  "VALLETTA, Sept 29, 2023 (Wire) - Leaders of nine Mediterranean EU countries met in Malta on Friday for a MED9 summit. Maltese Prime Minister Paul Camilleri said the bloc's southern members could not carry the burden alone.";

const read = (sentence: string) =>
  readPressRelease(`${opening} ${sentence}`, knowledge).participants.map((participant) => ({
    name: participant.nameAsStated,
    title: participant.titleAsStated,
  }));

describe("a post in lower case after the country", () => {
  it.each([
    ["The Croatian prime minister, Ivan Horvat, said the Western Balkans needed money.", "Ivan Horvat"],
    ["Greek prime minister Nikos Pappas proposed a naval mission.", "Nikos Pappas"],
    [
      "The Cypriot president, Andreas Georgiou, called for help with the route from Libya.",
      "Andreas Georgiou",
    ],
  ])("%s", (sentence, name) => {
    const person = read(sentence).find((one) => one.name === name);
    expect(person?.title).toMatch(/(?:prime minister|president), /.test(sentence) ? /, / : /minister/);
  });

  it.each([
    // A former leader; a lower-case post with no country before it; a company's president.
    "Former Croatian prime minister Ivan Horvat said the Western Balkans needed money.",
    "The prime minister, Ivan Horvat, said the Western Balkans needed money.",
    "The bank's president, Ivan Horvat, said the Western Balkans needed money.",
  ])("not: %s", (sentence) => {
    expect(read(sentence).map((one) => one.name)).not.toContain("Ivan Horvat");
  });
});
