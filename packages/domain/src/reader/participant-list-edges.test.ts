// The edges of a list of who took part: "From the observer states came A, B and C" as a lead-in, "… and D with Mr X"
// (a companion named before, by family name, is no part of D's name), "Ukraine, whose president stayed away, was
// represented by …" (an aside between the country and the verb), and a name alone whose bearer held two posts, one of
// them dated (the dated one on the meeting's day). Every sentence is written for these tests; most of the people are
// ones the knowledge does not hold.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge as knowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { participantsOn } from "./participants-test-reading";

const participants = (text: string, date = "2024-05-08", organizationId = ids.organization("eaeu")) =>
  participantsOn(text, { date, organizationId, knowledge });
const names = (text: string, date?: string, organizationId?: string) =>
  participants(text, date, organizationId).map((participant) => participant.nameAsStated);

describe("'From the observer states came …' before a list", () => {
  const sco = "orgshanghaicooperationorganisati";
  it.each([
    "From the observer states came Prime Minister of Mongolia Chimed Saikhanbileg and First Vice-President of Iran Eshaq Jahangiri.",
    "From the observer countries were Prime Minister of Mongolia Chimed Saikhanbileg and First Vice-President of Iran Eshaq Jahangiri.",
    "From the dialogue partner states came Prime Minister of Mongolia Chimed Saikhanbileg and First Vice-President of Iran Eshaq Jahangiri.",
  ])("reads the names as participants: %s", (sentence) => {
    expect(
      names(
        `The Council of Heads of Government met in Astana on 15 December 2014. ${sentence}`,
        "2014-12-15",
        sco,
      ),
    ).toEqual(["Chimed Saikhanbileg", "Eshaq Jahangiri"]);
  });
});

describe("'… and D with Mr X' at a list's end", () => {
  it.each([
    "The talks brought together Presidents Ivan Petrov and Pavel Sidorov with Mr Vardanyan.",
    "Also attending were Presidents Ivan Petrov and Pavel Sidorov with Ms Vardanyan.",
    "Taking part were President Ivan Petrov and President Pavel Sidorov with Dr Vardanyan.",
  ])("keeps D's name without the companion: %s", (sentence) => {
    expect(names(`The Council met in Moscow on 8 May 2024. ${sentence}`)).toEqual(
      expect.arrayContaining(["Ivan Petrov", "Pavel Sidorov"]),
    );
  });
});

describe("'<Country>, whose …, was represented by X'", () => {
  const countryOf = (sentence: string) =>
    participants(`The Council met in Moscow on 8 May 2024. ${sentence}`)[0]?.country?.value.countryId ?? null;
  it.each([
    ["Moldova, whose president stayed away, was represented by Prime Minister Vasile Tarlev.", "MD"],
    ["Kyrgyzstan, which sent no head of state, was represented by Deputy Prime Minister Ivan Petrov.", "KG"],
    ["Belarus, where elections are near, was represented by Prime Minister Pavel Sidorov.", "BY"],
  ])("gives X the country before the aside: %s", (sentence, iso2) => {
    expect(countryOf(sentence)).toBe(ids.country(iso2));
  });
});

describe("a name alone whose bearer held two posts, one of them dated", () => {
  it.each([
    "The talks brought together Presidents Alexander Lukashenko and Sadyr Japarov.",
    "Also attending were Alexander Lukashenko and Sadyr Japarov.",
    "Taking part were Sadyr Japarov and Alexander Lukashenko.",
  ])("takes the dated post the person holds on the meeting's day: %s", (sentence) => {
    const japarov = participants(`The Council met in Moscow on 8 May 2024. ${sentence}`).find(
      (participant) => participant.nameAsStated === "Sadyr Japarov",
    );
    expect(japarov?.post?.value.status === "matched" && japarov.post.value.id).toBe(
      ids.post("president-of-kyrgyzstan"),
    );
  });
});

describe("a minister's portfolio with 'and' inside, in a list", () => {
  it.each([
    "Taking part were President of Belarus Alexander Lukashenko, Minister of Communications and Information Technology of Iran Mahmoud Vaezi and President of Kazakhstan Nursultan Nazarbayev.",
    "Taking part were President of Belarus Alexander Lukashenko, Minister of Trade and Industry of Iran Mahmoud Vaezi and President of Kazakhstan Nursultan Nazarbayev.",
    "Taking part were President of Belarus Alexander Lukashenko, Minister for Science and Higher Education of Iran Mahmoud Vaezi and President of Kazakhstan Nursultan Nazarbayev.",
  ])("reads one minister, not two people named by the portfolio's words: %s", (sentence) => {
    expect(names(sentence, "2015-12-15")).toEqual([
      "Alexander Lukashenko",
      "Mahmoud Vaezi",
      "Nursultan Nazarbayev",
    ]);
  });

  it("still parts two ministers joined by 'and'", () => {
    expect(
      names(
        "Taking part were Minister of Foreign Affairs of Iran Mahmoud Vaezi and Minister of Trade of Belarus Ivan Petrov.",
        "2015-12-15",
      ),
    ).toEqual(["Mahmoud Vaezi", "Ivan Petrov"]);
  });
});

describe("the office a title names ('the Administration of the President')", () => {
  const posts = (text: string) =>
    participants(text, "2015-12-15").map((participant) => [
      participant.nameAsStated,
      participant.post?.value.status === "new"
        ? participant.post.value.proposed.label
        : participant.post?.value.id,
    ]);

  it("takes 'Administration' for a word of the title, not a person", () => {
    expect(
      names(
        "Taking part were President of Belarus Alexander Lukashenko, Deputy Head of the Administration of the President of Belarus Nikolai Snopkov and President of Kazakhstan Nursultan Nazarbayev.",
        "2015-12-15",
      ),
    ).toEqual(["Alexander Lukashenko", "Nikolai Snopkov", "Nursultan Nazarbayev"]);
    expect(
      names(
        "Belarus was represented by Head of the Presidential Administration Natalia Kochanova.",
        "2015-12-15",
      ),
    ).toEqual(["Natalia Kochanova"]);
  });

  it("gives the head of an office that office's post, not the country's head post", () => {
    expect(
      posts("Taking part were Head of the Presidential Administration of Kazakhstan Adilbek Dzhaksybekov."),
    ).toEqual([["Adilbek Dzhaksybekov", "Head of the Presidential Administration of Kazakhstan"]]);
    expect(posts("Taking part were Head of the Office of the President of Kyrgyzstan Ivan Petrov.")).toEqual([
      ["Ivan Petrov", "Head of the Office of the President of Kyrgyzstan"],
    ]);
  });
});

describe("'The observer states were represented by A, Title, and B, Title'", () => {
  it("reads both after a plural subject, ', and' going on with the list", () => {
    expect(
      names(
        "The Council met in Moscow on 8 May 2024. The observer states were represented by Ivan Petrov, Prime Minister of Uzbekistan, and Pavel Sidorov, President of Cuba.",
      ),
    ).toEqual(["Ivan Petrov", "Pavel Sidorov"]);
  });

  it("still ends one country's stand-in at ', and' and a clause of its own", () => {
    expect(
      names(
        "The Council met in Moscow on 8 May 2024. Armenia was represented by Deputy Prime Minister Ivan Petrov, and the leaders discussed the budget with Pavel Sidorov, an adviser.",
      ),
    ).toEqual(["Ivan Petrov"]);
  });
});

describe("'…, and the Sultan of X by Y': a second 'represented by' with its verb left out", () => {
  it("reads Y as the second country's stand-in", () => {
    const found = participants(
      "The Council met in Moscow on 8 May 2024. The President of Armenia was represented by Deputy Prime Minister Ivan Petrov, and the President of Kyrgyzstan by Pavel Sidorov, First Deputy Prime Minister of Kyrgyzstan.",
    );
    expect(
      found.map((participant) => [participant.nameAsStated, participant.country?.value.countryId]),
    ).toEqual([
      ["Ivan Petrov", ids.country("AM")],
      ["Pavel Sidorov", ids.country("KG")],
    ]);
  });
});
