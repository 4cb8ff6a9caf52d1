// Lists of heads of delegation one a line under "The member states were represented by the following heads of
// delegation:", people "present from" a body after the copula, ministers of portfolios the vocabulary did not know
// ("Minister of Railways of X"), deputies' posts ("Deputy Chairman of …"), and two people of one family name. Every
// person here is invented.
import { describe, expect, it } from "vitest";
import { statedNamesAndPosts } from "./participants-test-reading";

const read = (text: string) => statedNamesAndPosts(text);

const OPENING = "TASHKENT, 14 March 2019 - The Council of Heads of Government of the SCO met today.";

describe("a heading of a list after 'represented by the following'", () => {
  it.each([
    "The member states were represented at the meeting by the following heads of delegation:",
    "The member states were represented by the following heads of delegation:",
    "The member states were represented at the session by the following delegations:",
  ])("%s", (heading) => {
    const names = read(
      `${OPENING}\n\n${heading}\nAidos Serikov, Prime Minister of the Republic of Kazakhstan;\nRuslan Abdykov, First Deputy Prime Minister of the Kyrgyz Republic.`,
    ).map(([name]) => name);
    expect(names).toEqual(["Aidos Serikov", "Ruslan Abdykov"]);
  });

  it("guard: 'represented by' a list in the sentence itself", () => {
    expect(
      read(`${OPENING} Kazakhstan was represented by Prime Minister Aidos Serikov.`).map(([name]) => name),
    ).toEqual(["Aidos Serikov"]);
  });
});

describe("people present from a body, after the copula", () => {
  it.each([
    "Also present from the Organisation's permanent bodies were Ivo Lind, Secretary-General of the SCO, and Oskar Vaher, Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure.",
    "Present from the Organisation's permanent bodies were Ivo Lind, Secretary-General of the SCO, and Oskar Vaher, Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure.",
    "Attending from the permanent bodies were Ivo Lind, Secretary-General of the SCO, and Oskar Vaher, Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure.",
  ])("%s", (sentence) => {
    expect(read(`${OPENING} ${sentence}`).map(([name]) => name)).toEqual(["Ivo Lind", "Oskar Vaher"]);
  });

  it("guard: a copula after 'from' with no names", () => {
    expect(read(`${OPENING} Present from the start were concerns about the budget.`)).toEqual([]);
  });
});

describe("posts with a portfolio or a deputy's rank the knowledge does not hold", () => {
  it.each([
    ["Oskar Vaher, Minister of Power of the Republic of Kazakhstan", "Minister of Power of Kazakhstan"],
    ["Oskar Vaher, Minister of Railways of the Republic of Kazakhstan", "Minister of Railways of Kazakhstan"],
    [
      "Oskar Vaher, Deputy Chairman of the Cabinet of Ministers of Kazakhstan",
      "Deputy Chairman of the Cabinet of Ministers of Kazakhstan",
    ],
    [
      "Oskar Vaher, Deputy Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure",
      "Deputy Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure",
    ],
  ])("%s", (person, post) => {
    expect(read(`${OPENING} Taking part was ${person}.`)).toEqual([["Oskar Vaher", post]]);
  });

  it.each([
    "Also attending was the Honorary Chairman of the Turkic Council, Oskar Vaher.",
    "Also attending was Oskar Vaher, Honorary Chairman of the Turkic Council.",
  ])("an honorary chairman holds no chairman's post: %s", (sentence) => {
    expect(
      read(
        `BAKU, 14 March 2021 - The Council of Heads of State of the Turkic Council met today. Taking part were President Aidos Serikov of Kazakhstan and President Ruslan Abdykov of Kyrgyzstan. ${sentence}`,
      ),
    ).toContainEqual(["Oskar Vaher", "Honorary Chairman of the Organization of Turkic States"]);
  });

  it("guard: a first deputy prime minister keeps his post", () => {
    expect(
      read(`${OPENING} Taking part was Oskar Vaher, First Deputy Prime Minister of Kazakhstan.`),
    ).toEqual([["Oskar Vaher", "First Deputy Prime Minister of Kazakhstan"]]);
  });
});

describe("two people of one family name", () => {
  it.each([
    "Chairman of the Board of the Eurasian Economic Commission Tigran Vardanyan, a former minister, also attended.",
    "Tigran Vardanyan, Chairman of the Board of the Eurasian Economic Commission, also attended.",
    "The Chairman of the Board of the Eurasian Economic Commission, Tigran Vardanyan, also attended.",
  ])("%s", (sentence) => {
    expect(
      read(
        `MOSCOW, 14 March 2019 - The Supreme Eurasian Economic Council met today. Taking part were President of Armenia Armen Vardanyan and President of Belarus Pavel Sedov. ${sentence}`,
      ).map(([name]) => name),
    ).toEqual(["Armen Vardanyan", "Pavel Sedov", "Tigran Vardanyan"]);
  });

  it("guard: an initial and a family name are the one named in full", () => {
    expect(
      read(
        "MOSCOW, 14 March 2019 - The Supreme Eurasian Economic Council met today. Taking part were President of Armenia Armen Vardanyan and President of Belarus Pavel Sedov. A. Vardanyan spoke first.",
      ).map(([name]) => name),
    ).toEqual(["Armen Vardanyan", "Pavel Sedov"]);
  });
});
