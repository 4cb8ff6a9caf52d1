// A ruler someone stood in for (the styles3 round): "His Highness Sheikh A was represented by B" names the ruler, who
// was not there, even when the knowledge holds him as a member's head of state and the release names no country in the
// sentence. The ruler and the stand-ins here are invented; the ruler's post is one the knowledge holds.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids, person } from "./fixtures/world-knowledge";
import type { ReaderKnowledge } from "./knowledge";
import { readPressRelease } from "./read-press-release";

// An invented emir who holds the Emir of Qatar's post from 2031, Qatar being a member of the CICA.
const knowledge: ReaderKnowledge = {
  ...eurasiaKnowledge,
  people: [
    ...eurasiaKnowledge.people,
    person("khalid-bin-saif-al-marri", "Khalid bin Saif Al Marri", "Khalid", "Al Marri"),
  ],
  occupancies: [
    ...eurasiaKnowledge.occupancies.map((occupancy) =>
      occupancy.postId === ids.post("emir-of-qatar") ? { ...occupancy, endDate: "2031-01-01" } : occupancy,
    ),
    {
      id: "occkhalidbinsaifalmarriemir",
      personId: ids.person("khalid-bin-saif-al-marri"),
      postId: ids.post("emir-of-qatar"),
      startDate: "2031-01-01",
      endDate: null,
    },
  ],
};

const names = (sentence: string) =>
  readPressRelease(
    `Astana, 12 October 2032\n\nThe CICA summit was held in Astana on 12 October 2032. It was attended by President Aibek Toktogulov of Kyrgyzstan and President Daniyar Serikov of Kazakhstan.\n\n${sentence}`,
    knowledge,
  ).participants.map((p) => p.nameAsStated);

describe("a ruler someone stood in for", () => {
  it.each([
    "His Highness the Amir Sheikh Khalid bin Saif Al Marri was represented by Sheikh Jassim bin Fahad Al Kuwari.",
    "His Highness the Amir Sheikh Khalid bin Saif Al Marri was represented at the summit by his Deputy Amir, Sheikh Jassim bin Fahad Al Kuwari.",
    "Emir Khalid bin Saif Al Marri will be represented by Sheikh Jassim bin Fahad Al Kuwari.",
  ])("guard: takes no part: %s", (sentence) => {
    const read = names(sentence);
    expect(read).not.toContain("Khalid bin Saif Al Marri");
    expect(read).toContain("Jassim bin Fahad Al Kuwari");
  });

  it("a ruler the knowledge holds, named in what he did there, still takes part", () => {
    expect(
      names("His Highness the Amir Sheikh Khalid bin Saif Al Marri stressed the role of dialogue in Asia."),
    ).toContain("Khalid bin Saif Al Marri");
  });
});
