// Leaders a report names in ways of its own: "the leaders of X A, Y B and Z C" before a verb, a stand-in sent by a
// leader who stayed at home, subjects with a relative clause between them, words about another meeting inside what a
// leader said, "chaired the talks with A of X and B of Y", and a title given after a first mention with none. Every
// person here is invented, but for the one whose post the reference data holds.
import { describe, expect, it } from "vitest";
import { statedNamesAndPosts } from "./participants-test-reading";

const read = (text: string) => statedNamesAndPosts(text);
const names = (text: string) => read(text).map(([name]) => name);

const SUMMIT = "ALMATY, 14 March 2019 - The Council of Heads of State of the CIS met today.";
const CHAIRED =
  "ALMATY, 14 March 2019 - Kazakh President Aidos Serikov, chairing the CIS summit, welcomed the heads of the other states.";

describe("the leaders of X A, Y B and Z C, before a verb", () => {
  it.each([
    "The leaders of Russia Pyotr Sobolev, Kyrgyzstan Ruslan Abdykov and Tajikistan Farrukh Nazarov spoke in the same session.",
    "The presidents of Russia Pyotr Sobolev, Kyrgyzstan Ruslan Abdykov and Tajikistan Farrukh Nazarov spoke after lunch.",
    "The leaders of Russia Pyotr Sobolev, Kyrgyzstan Ruslan Abdykov and Tajikistan Farrukh Nazarov backed the plan.",
  ])("%s", (sentence) => {
    expect(names(`${SUMMIT} ${sentence}`)).toEqual(["Pyotr Sobolev", "Ruslan Abdykov", "Farrukh Nazarov"]);
  });

  it("the presidents' noun is their post", () => {
    expect(
      read(
        `${SUMMIT} The presidents of Russia Pyotr Sobolev and Kyrgyzstan Ruslan Abdykov spoke after lunch.`,
      ),
    ).toEqual([
      ["Pyotr Sobolev", "President of Russia"],
      ["Ruslan Abdykov", "President of Kyrgyzstan"],
    ]);
  });

  it("'leaders' names the post a country has one of, and guesses none for a country with two", () => {
    expect(
      read(
        `${SUMMIT} Russian President Pyotr Sobolev opened the talks. The leaders of Kazakhstan Aidos Serikov, Kyrgyzstan Ruslan Abdykov and Tajikistan Farrukh Nazarov spoke in the same session.`,
      ),
    ).toEqual([
      ["Pyotr Sobolev", "President of Russia"],
      ["Aidos Serikov", "President of Kazakhstan"],
      ["Ruslan Abdykov", null],
      ["Farrukh Nazarov", "President of Tajikistan"],
    ]);
  });

  it("guard: countries with no names", () => {
    expect(
      names(`${SUMMIT} The leaders of Russia, Kyrgyzstan and Tajikistan spoke in the same session.`),
    ).toEqual([]);
  });
});

describe("a stand-in sent by a leader who stayed away", () => {
  it.each([
    "Tajikistan's president stayed at home and sent Prime Minister Farrukh Nazarov.",
    "Tajikistan's president did not attend but sent Prime Minister Farrukh Nazarov in his place.",
    "Tajikistan's president stayed away and sent his prime minister, Farrukh Nazarov, in his place.",
  ])("%s", (sentence) => {
    expect(names(`${SUMMIT} ${sentence}`)).toEqual(["Farrukh Nazarov"]);
  });

  it("guard: one sent with no name is no participant", () => {
    expect(
      names(`${SUMMIT} Tajikistan's president stayed away and sent a deputy prime minister in his place.`),
    ).toEqual([]);
  });
});

describe("subjects of one verb with a relative clause between them", () => {
  it.each([
    "Russian President Pyotr Sobolev, whose country is to host the next summit, and Kyrgyz President Ruslan Abdykov also addressed the talks.",
    "Russian President Pyotr Sobolev, who chairs the Council this year, and Kyrgyz President Ruslan Abdykov also addressed the talks.",
    "Russian President Pyotr Sobolev, whose country will hold the next session, Kyrgyz President Ruslan Abdykov and Tajik President Farrukh Nazarov also addressed the talks.",
  ])("%s", (sentence) => {
    expect(names(`${SUMMIT} ${sentence}`)).toContain("Pyotr Sobolev");
    expect(names(`${SUMMIT} ${sentence}`)).toContain("Ruslan Abdykov");
  });

  it("guard: one whose aside says he stayed away", () => {
    expect(
      names(
        `${SUMMIT} Russian President Pyotr Sobolev, who did not attend, and Kyrgyz President Ruslan Abdykov welcomed the outcome.`,
      ),
    ).toEqual(["Ruslan Abdykov"]);
  });
});

describe("another meeting inside what a leader said", () => {
  it.each([
    "Russian President Pyotr Sobolev told his counterparts that the treaty, signed at the previous summit in 2018, had proved its worth.",
    "Russian President Pyotr Sobolev said that the decisions of the previous summit had been carried out.",
    "Russian President Pyotr Sobolev stressed that the last summit had set the goal.",
  ])("%s", (sentence) => {
    expect(names(`${CHAIRED} ${sentence}`)).toEqual(["Aidos Serikov", "Pyotr Sobolev"]);
  });

  it("guard: a leader acting at another meeting", () => {
    expect(names(`${SUMMIT} Russian President Pyotr Sobolev spoke at the previous summit in 2018.`)).toEqual(
      [],
    );
  });
});

describe("chaired the talks with A of X and B of Y", () => {
  it.each([
    "President Aidos Serikov of Kazakhstan chaired the talks with Ruslan Abdykov of Kyrgyzstan and Farrukh Nazarov of Tajikistan.",
    "President Aidos Serikov of Kazakhstan presided over the meeting with Ruslan Abdykov of Kyrgyzstan and Farrukh Nazarov of Tajikistan.",
    "President Aidos Serikov of Kazakhstan, the host, chaired the session with Ruslan Abdykov of Kyrgyzstan and Farrukh Nazarov of Tajikistan.",
  ])("%s", (sentence) => {
    expect(names(`${SUMMIT} ${sentence}`)).toEqual(["Aidos Serikov", "Ruslan Abdykov", "Farrukh Nazarov"]);
  });

  it("guard: talks held with someone on the sidelines", () => {
    expect(
      names(
        `${SUMMIT} Taking part were President Aidos Serikov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan. On the sidelines Serikov held talks with businessman Oleg Fedorov.`,
      ),
    ).toEqual(["Aidos Serikov", "Ruslan Abdykov"]);
  });
});

describe("a title after a first mention with none", () => {
  it("the post the text gives, not the one the reference data holds", () => {
    expect(
      read(
        "MOSCOW, 7 November 2011 - The Council of Heads of Government of the CIS met today. The host, Vladimir Putin, opened the session. The delegations were led by Vladimir Putin, Prime Minister of the Russian Federation, and Ruslan Abdykov, Prime Minister of the Kyrgyz Republic.",
      ),
    ).toContainEqual(["Vladimir Putin", "Prime Minister of Russia"]);
  });

  it("guard: a first mention with a title keeps it", () => {
    expect(
      read(
        "MOSCOW, 7 November 2019 - The Council of Heads of State of the CIS met today. President of Russia Vladimir Putin opened the session. Vladimir Putin, Chairman of the Council, thanked the guests.",
      ),
    ).toContainEqual(["Vladimir Putin", "President of Russia"]);
  });
});
