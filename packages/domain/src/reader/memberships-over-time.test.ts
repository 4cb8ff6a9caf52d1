// Which leaders the meeting's memberships seat, on the meeting's day: a suspended member's leader and a candidate's are
// not promoted from a passing mention, a member's are, and words saying someone is not a member make a guest. Every
// person here is invented; the memberships are the reference data's (Syria suspended from the Arab League from
// November 2011 to May 2023).
import { describe, expect, it } from "vitest";
import { categoryHintOf } from "./categories";
import { rotatingChairsKnowledge } from "./fixtures/rotating-chairs-knowledge";
import { ids } from "./fixtures/world-knowledge";
import type { KnownMembership, ReaderKnowledge } from "./knowledge";
import { seatsItsHolder } from "./knowledge";
import { readPressRelease } from "./read-press-release";

const LEAGUE = ids.organization("arab-league");
const term = (
  iso2: string,
  status: KnownMembership["status"],
  startDate: string | null,
  endDate: string | null = null,
): KnownMembership => ({
  id: `${iso2}-${status}-${startDate}`,
  organizationId: LEAGUE,
  countryId: ids.country(iso2),
  status,
  startDate,
  endDate,
});

const knowledge: ReaderKnowledge = {
  ...rotatingChairsKnowledge,
  memberships: [
    ...rotatingChairsKnowledge.memberships,
    term("EG", "founding_member", "1945-03-22"),
    term("SA", "founding_member", "1945-03-22"),
    term("BH", "member", "1971-09-11"),
    term("SY", "founding_member", "1945-03-22", "2011-11-16"),
    term("SY", "suspended", "2011-11-16", "2023-05-07"),
    term("SY", "founding_member", "2023-05-07"),
  ],
};

const release = (day: string) => `Arab League summit opens

Cairo, ${day}

The summit of the League of Arab States opened in Cairo today. It was attended by King of Bahrain Hamad bin Isa Al Khalifa and President of Egypt Ahmed Fathy. President of Syria Karim Haddad stressed the need for unity.`;

const participants = (day: string) =>
  readPressRelease(release(day), knowledge).participants.map((participant) => [
    participant.nameAsStated,
    participant.category.value,
  ]);

describe("a leader named in passing, by the membership on the meeting's day", () => {
  it("is promoted when his country is a member that day", () => {
    expect(participants("19 May 2024")).toContainEqual(["Karim Haddad", "member_state"]);
  });

  it("is not promoted while his country's membership is suspended", () => {
    expect(participants("28 March 2015").map(([name]) => name)).toEqual([
      "Hamad bin Isa Al Khalifa",
      "Ahmed Fathy",
    ]);
  });
});

describe("the statuses that seat a country", () => {
  it("are a member's, an observer's and a dialogue partner's, not a candidate's or a suspended member's", () => {
    const seats = (status: KnownMembership["status"]) => seatsItsHolder({ status });
    expect(
      ["member", "founding_member", "observer", "dialogue_partner"].map((status) => seats(status as never)),
    ).toEqual([true, true, true, true]);
    expect(seats("candidate")).toBe(false);
    expect(seats("suspended")).toBe(false);
  });
});

describe("words that say someone is not a member", () => {
  it("name a guest", () => {
    expect(categoryHintOf(", who is not a member, took part as a guest of honour", true)).toBe("guest_state");
    expect(categoryHintOf("the leaders of the non-member states")).toBe("guest_state");
    expect(categoryHintOf("which is not yet a member")).toBe("guest_state");
  });

  it("guard: leave a member's words a member's", () => {
    expect(categoryHintOf("the leaders of the member states")).toBe("member_state");
    expect(categoryHintOf("as the newest member")).toBe("member_state");
    expect(categoryHintOf("not only members but observers too")).toBeNull();
  });
});

describe("a member's leader someone stands in for", () => {
  const names = (sentence: string) =>
    readPressRelease(
      `Arab League summit opens

Cairo, 19 May 2024

The summit of the League of Arab States opened in Cairo today. It was attended by King of Bahrain Hamad bin Isa Al Khalifa and President of Egypt Ahmed Fathy. ${sentence}`,
      knowledge,
    ).participants.map((participant) => participant.nameAsStated);

  it("is not promoted when named as the one whose envoy came", () => {
    expect(
      names("Damascus sent Adel Saleh, the special envoy of President of Syria Karim Haddad."),
    ).not.toContain("Karim Haddad");
    expect(names("Adel Saleh spoke on behalf of President of Syria Karim Haddad.")).not.toContain(
      "Karim Haddad",
    );
  });
});

describe("a founder's leader before the founding treaty is in force", () => {
  // The Eurasian Economic Union came into being on 1 January 2015; its founders met as its Supreme Council before.
  const names = (day: string, sentence: string) =>
    readPressRelease(
      `Supreme Eurasian Economic Council meets

Astana, ${day}

The meeting of the Supreme Eurasian Economic Council was held in Astana today. It was attended by President of Kazakhstan Nursultan Nazarbayev and President of Russia Vladimir Putin. ${sentence}`,
      rotatingChairsKnowledge,
    ).participants.map((participant) => participant.nameAsStated);

  it("is promoted from a passing mention, as a member's", () => {
    expect(
      names(
        "29 May 2014",
        "President of Belarus Alexander Lukashenko stressed the need for a common market.",
      ),
    ).toContain("Alexander Lukashenko");
  });

  it("guard: a later member's leader is not, before his country joins", () => {
    expect(
      names(
        "29 May 2014",
        "Prime Minister of Armenia Nikol Pashinyan stressed the need for a common market.",
      ),
    ).not.toContain("Nikol Pashinyan");
  });
});
