// Handovers told in idioms rather than with the office's own verbs: the helm, the reins and the mantle ("takes the
// reins", "will be at the helm of the Union next year"), the office that rests with its holder, giving or presenting
// the gavel, the office that shifts or devolves, leading the body itself in the time to come, the next chair named or
// designated; and near misses where the same words lead, give or rest something else. Every sentence is written for
// these tests.
import { describe, expect, it } from "vitest";
import { chairingCountry } from "./chair";
import { termsOf } from "./chairmanship-test-reading";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { ids } from "./fixtures/world-knowledge";
import { segment } from "./segment";

const cis = ids.organization("cis");
const [UZ, TJ] = ["UZ", "TJ"].map(ids.country);
const DAY = "2017-10-11";
const terms = (text: string) => termsOf(text, DAY, cis);
const nextHolders = (text: string) =>
  terms(text)
    .filter(([, , end]) => end === null)
    .map(([country]) => country);

describe("the helm, the reins and the mantle", () => {
  it.each([
    "Tajikistan took the reins of the Commonwealth at the closing session.",
    "Tajikistan takes the reins of the Commonwealth for the coming year.",
    "Tajikistan will be at the helm of the Commonwealth next year.",
    "Tajikistan will be in the chair of the Council in 2018.",
    "The mantle of the chairmanship now falls to Tajikistan.",
  ])("names the next holder: %s", (text) => {
    expect(nextHolders(text)).toEqual([TJ]);
  });

  it("hands the reins from one holder to the next, and succeeds at the helm", () => {
    const handover = [
      [UZ, null, DAY],
      [TJ, DAY, null],
    ];
    expect(terms("Uzbekistan handed the reins of the Commonwealth to Tajikistan.")).toEqual(handover);
    expect(terms("Tajikistan succeeds Uzbekistan at the helm of the Commonwealth.")).toEqual(handover);
  });

  it.each([
    "President Rahimov of Tajikistan took the reins of government after the election.",
    "Tajikistan, whose leader took the reins of power two decades ago, signed the agreement.",
    "Tajikistan, at the helm of the country's energy reform, presented a plan.",
    "Tajikistan was at the helm of the Commonwealth in 2012.",
    "Tajikistan will be in the chair at the afternoon session.",
    "Tajikistan is in the chair.",
  ])("names no next holder for another helm, an earlier term or a meeting's chair: %s", (text) => {
    expect(nextHolders(text)).toEqual([]);
  });
});

describe("the office that rests with its holder", () => {
  it.each([
    "The presidency of the Commonwealth now rests with Tajikistan.",
    "From next year the chairmanship will rest with Tajikistan.",
    "For 2018 the chairmanship is vested in Tajikistan.",
  ])("names the next holder when it looks ahead: %s", (text) => {
    expect(nextHolders(text)).toEqual([TJ]);
  });

  it("takes an office that rests with its holder now for the outgoing side", () => {
    expect(
      terms(
        "The chairmanship rests with Uzbekistan until December. Tajikistan will chair the Council next year.",
      ),
    ).toEqual([
      [UZ, null, "2018"],
      [TJ, "2018", null],
    ]);
  });

  it.each([
    "Responsibility for the presidency's records rests with the Executive Committee.",
    "The value of the chairmanship lies with its work on water, which Tajikistan praised.",
    "The decision on the next chairmanship will rest with Tajikistan.",
  ])("names none when something else rests with someone: %s", (text) => {
    expect(terms(text)).toEqual([]);
  });
});

describe("giving, presenting, shifting and devolving the office", () => {
  it.each([
    "Uzbekistan gave the gavel to Tajikistan.",
    "Uzbekistan presented the ceremonial gavel of the chairmanship to Tajikistan.",
  ])("passes the office given as the object: %s", (text) => {
    expect(terms(text)).toEqual([
      [UZ, null, DAY],
      [TJ, DAY, null],
    ]);
  });

  it.each([
    "The chairmanship was given to Tajikistan.",
    "The chairmanship of the Council shifts to Tajikistan.",
    "The presidency devolves upon Tajikistan.",
  ])("names the next holder: %s", (text) => {
    expect(nextHolders(text)).toEqual([TJ]);
  });

  it.each([
    "Uzbekistan's chairmanship gave fresh impetus to trade with Tajikistan.",
    "The presidency presented its report to the leaders of Tajikistan and Uzbekistan.",
    "Uzbekistan presented the results of its chairmanship to the delegation of Tajikistan.",
    "The chairmanship's attention shifted to energy, with Tajikistan proposing a grid.",
    "The presidency gave the floor to Tajikistan.",
  ])("passes nothing when something else is given, presented or shifted: %s", (text) => {
    expect(terms(text)).toEqual([]);
  });
});

describe("leading the body in the time to come, and the next chair named", () => {
  it.each([
    "Tajikistan will lead the Commonwealth in 2018.",
    "Tajikistan will steer the Commonwealth next year.",
    "Tajikistan takes charge of the Commonwealth next year.",
    "Tajikistan, which is to lead the grouping next year, thanked the hosts.",
  ])("reads a future leader of the body: %s", (text) => {
    expect(nextHolders(text)).toEqual([TJ]);
  });

  it.each([
    "Tajikistan was named the next chair.",
    "Tajikistan has been nominated as the incoming presidency.",
    // 7 December 2026: confirmed or endorsed as the next one, next in line for the office.
    "Tajikistan was confirmed as the next presidency.",
    "Tajikistan was endorsed as the incoming chair.",
    "Tajikistan is next in line for the chairmanship.",
  ])("reads a next chair named: %s", (text) => {
    expect(nextHolders(text)).toEqual([TJ]);
  });

  it.each([
    "Tajikistan is next in line for the presidency of the Security Council.",
    "Tajikistan was named the next chair of the Security Council.",
    "Tajikistan was confirmed as the next venue.",
  ])("reads none for another body's office or no office: %s", (text) => {
    expect(nextHolders(text)).toEqual([]);
  });

  it.each([
    "Tajikistan will lead the working group on migration next year.",
    "Tajikistan will head its delegation to the next summit.",
    "Tajikistan will lead the Commonwealth's observer mission next year.",
    "Tajikistan will lead the Commonwealth by example.",
    "President Rahimov of Tajikistan was named chairman of the board of the Pamir Fund.",
  ])("reads none for leading something else, or a person's post: %s", (text) => {
    expect(terms(text)).toEqual([]);
  });
});

describe("the chair at the helm", () => {
  const chairing = (text: string) =>
    chairingCountry(text, segment(text), eurasiaKnowledge)?.countryId ?? null;

  it("reads the country at the helm of the meeting as the chair", () => {
    expect(chairing("The Council met with Tajikistan at the helm.")).toBe(TJ);
  });

  it.each([
    "The Council will meet next year with Tajikistan at the helm.",
    "The reform began in 2012 with Tajikistan at the helm.",
  ])("reads none for a later or earlier term: %s", (text) => {
    expect(chairing(text)).toBeNull();
  });
});

describe("the office entrusted, stepped into or rotating, and the chair-designate", () => {
  it.each([
    "The leaders entrusted Tajikistan with the rotating presidency.",
    "Tajikistan steps into the chair of the Council.",
    "The rotating leadership of the Commonwealth passes to Tajikistan.",
    "Tajikistan takes over the rotating leadership of the Commonwealth.",
    "Tajikistan, the chair-designate, set out its priorities.",
  ])("names the next holder: %s", (text) => {
    expect(nextHolders(text)).toEqual([TJ]);
  });

  it.each([
    "The leaders entrusted Tajikistan with preparing the chairmanship's concept paper.",
    "The leaders entrusted the Executive Committee with the chairmanship's archives.",
    "The leadership of Tajikistan welcomed the decisions of the summit.",
    "The President stepped into the hall as the chairmanship's exhibition opened in Tajikistan.",
  ])("names none for a task entrusted, a government or another step: %s", (text) => {
    expect(terms(text)).toEqual([]);
  });
});

describe("the hammer, the body's leadership, and the country chairing", () => {
  it("passes the ceremonial hammer and the leadership of the body", () => {
    const handover = [
      [UZ, null, DAY],
      [TJ, DAY, null],
    ];
    expect(terms("Uzbekistan handed the ceremonial hammer to Tajikistan.")).toEqual(handover);
    expect(terms("Uzbekistan handed over the leadership of the Commonwealth to Tajikistan.")).toEqual(
      handover,
    );
  });

  it.each([
    "The baton of the grouping's leadership was handed to Tajikistan.",
    "Tajikistan will be the country chairing the Commonwealth in the coming year.",
    "Tajikistan will be the state presiding over the Commonwealth next year.",
  ])("names the next holder: %s", (text) => {
    expect(nextHolders(text)).toEqual([TJ]);
  });

  it.each([
    "The country's leadership passed to Tajikistan's new president in 2016.",
    "Uzbekistan handed the leadership of the Commonwealth's youth network to Tajikistan.",
    "Tajikistan will be the country chairing the session on water next year.",
    "Uzbekistan handed a hammer to the workers from Tajikistan who built the hall.",
  ])("passes nothing for a government's leadership, a part of the body or a session: %s", (text) => {
    expect(terms(text)).toEqual([]);
  });
});
