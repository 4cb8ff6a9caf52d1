// A news agency's round-up names most leaders only in what they did at the summit, in the verbs a wire uses
// ("insisted", "repeated", "raised", "pressed for", and in a liveblog or a headline the present: "says", "proposes",
// "speaks"), and may say of one leader alone that he "joined them at the retreat" or that a country "was represented
// by" him: such a lone attendance is no list of who took part, and the others are still read from what they did. A
// leader named by his country's possessive alone ("Singapore's X") whom the knowledge does not hold is given his
// country's head-of-state or head-of-government post. People here are invented.
import { describe, expect, it } from "vitest";
import { participantsOn } from "./participants-test-reading";
import { ids } from "./fixtures/world-knowledge";

const read = (text: string, date = "2021-08-06") => participantsOn(text, { date, organizationId: null });
const names = (text: string, date?: string) =>
  read(text, date).map((participant) => participant.nameAsStated);
const postOf = (text: string, name: string, date?: string) => {
  const post = read(text, date).find((participant) => participant.nameAsStated === name)?.post?.value;
  return post?.status === "matched" ? post.id : (post?.proposed.label ?? null);
};

describe("leaders of a round-up named in a wire's verbs", () => {
  it("reads leaders who insisted, repeated, raised or pressed for something", () => {
    const text =
      "The leaders met on the coast on Friday. Russian President Pyotr Sobolev repeated his call for a regional fund, " +
      "while Iranian President Ali Rezai insisted on an equal share. Kazakh President Arman Teselov raised the question " +
      "of fishing quotas. Azerbaijani President Kamran Guliyev pressed for a pipeline on the seabed.";
    expect(names(text)).toEqual(["Pyotr Sobolev", "Ali Rezai", "Arman Teselov", "Kamran Guliyev"]);
  });

  it("reads leaders in the present tense of a liveblog or a headline", () => {
    const text =
      "The leaders meet on the coast today. Russian President Pyotr Sobolev proposes a regional fund. " +
      "Tajik President Farrukh Nazarov speaks next. Kyrgyz President Ruslan Abdykov thanks the host for the invitation.";
    expect(names(text)).toEqual(["Pyotr Sobolev", "Farrukh Nazarov", "Ruslan Abdykov"]);
  });
});

describe("a round-up with one leader named as attending", () => {
  it.each([
    "The Sultan of Brunei, Haji Omar, joined them at the retreat.",
    "Hungary was represented by Prime Minister Laszlo Kerekes.",
  ])("still reads the others by what they did: %s", (sentence) => {
    const text =
      "The leaders met on the coast on Friday. Russian President Pyotr Sobolev proposed a regional fund, " +
      `while Kazakh President Arman Teselov called for open borders. ${sentence}`;
    expect(names(text)).toHaveLength(3);
    expect(names(text).slice(0, 2)).toEqual(["Pyotr Sobolev", "Arman Teselov"]);
  });

  it("reads only the list when one sentence names two or more as attending", () => {
    const text =
      "The summit was attended by Russian President Pyotr Sobolev and Kazakh President Arman Teselov. " +
      "Turkish Health Minister Kemal Aydin said the country had passed 40,000 cases.";
    expect(names(text)).toEqual(["Pyotr Sobolev", "Arman Teselov"]);
  });
});

describe("a leader named by his country's possessive alone", () => {
  it("holds the one head's post the knowledge holds for his country", () => {
    const text =
      "The leaders met in the capital on Monday. Indonesian President Budi Santoso called for a power grid, " +
      "while Singapore's Tan Wei Ming warned against taking sides.";
    expect(postOf(text, "Tan Wei Ming", "2025-05-26")).toBe(ids.post("prime-minister-of-singapore"));
  });

  it("holds the kind of head's post the other leaders hold when the knowledge holds both", () => {
    const text =
      "The presidents met on the coast on Thursday. Kazakh President Arman Teselov called for more trade. " +
      "Tajik President Farrukh Nazarov spoke about water. Kyrgyzstan's Ruslan Abdykov backed closer ties in energy.";
    expect(postOf(text, "Ruslan Abdykov", "2018-03-15")).toBe(ids.post("president-of-kyrgyzstan"));
  });

  it("holds no post when the other leaders' kinds are even", () => {
    const text =
      "The leaders met on the coast on Thursday. Kazakh President Arman Teselov called for more trade. " +
      "Indian Prime Minister Arjun Rao spoke about water. Kyrgyzstan's Ruslan Abdykov backed closer ties in energy.";
    expect(postOf(text, "Ruslan Abdykov", "2018-03-15")).toBeNull();
  });
});

describe("a leader set off by commas after 'the X leader'", () => {
  it.each([
    "The Philippine leader, Ramon Santos, raised the South China Sea.",
    "Meanwhile, the Uzbek leader, Botir Karimov, called for open borders.",
  ])("reads him by what he did: %s", (sentence) => {
    const text =
      "The leaders met in the capital on Monday. Russian President Pyotr Sobolev proposed a regional fund. " +
      sentence;
    expect(names(text, "2025-05-26")).toHaveLength(2);
  });

  it("reads him after ', while'", () => {
    const text =
      "The leaders met in the capital on Monday. Russian President Pyotr Sobolev proposed a regional fund, " +
      "while the Uzbek leader, Botir Karimov, called for open borders.";
    expect(names(text)).toEqual(["Pyotr Sobolev", "Botir Karimov"]);
  });
});

describe("a round-up with a guest named as attending and a minister quoted", () => {
  it("reads the leaders by what they did beside a guest of honour", () => {
    const text =
      "The leaders met by video on Friday. Russian President Pyotr Sobolev proposed a regional fund, " +
      "while the Uzbek leader, Botir Karimov, called for open borders. " +
      "Turkmenistan's Berdi Amanov, who is not a member, took part as a guest of honour.";
    expect(names(text)).toEqual(["Pyotr Sobolev", "Botir Karimov", "Berdi Amanov"]);
  });

  it("reads no minister who speaks for his government", () => {
    const text =
      "The leaders met by video on Friday. Russian President Pyotr Sobolev proposed a regional fund, " +
      "while the Uzbek leader, Botir Karimov, called for open borders. " +
      "Hungary was represented by Prime Minister Laszlo Kerekes, who joined the summit online. " +
      "Turkey's Health Minister Kemal Aydin said in Ankara that the country had passed 40,000 cases.";
    expect(names(text)).toEqual(["Pyotr Sobolev", "Botir Karimov", "Laszlo Kerekes"]);
  });
});
