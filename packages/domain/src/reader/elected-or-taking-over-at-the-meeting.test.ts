// How West and East African wire stories tell who took the chair at a summit, written in our own words: "President X
// of Ghana was elected by the 57th Ordinary Session of the Authority as the new Chairman of the Authority" (the one who
// elects between the verb and the office), "Burundian President X has taken over the chairmanship of the Community
// from Kenya's Y" (or "has officially assumed the role of Forum Chair"), "Uganda's President Z was part of the meeting", "Kenyan President W chaired the summit for the last
// time", and a minister sent by "Cabo Verde". Until 8 December 2026 the first named neither the participant nor the
// handover, the second and third no participant, the fourth left the chair out as "chaired in another term", and the
// last gave the minister no country. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { readPressRelease } from "./read-press-release";

const read = (dateline: string, body: string) => readPressRelease(`${dateline}\n\n${body}\n`, referenceData);
const people = (dateline: string, body: string) =>
  read(dateline, body).participants.map((p) => [p.nameAsStated, p.country?.value.countryId ?? null]);
const terms = (dateline: string, body: string) =>
  read(dateline, body).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

const ABUJA = "Abuja, 9 September 2020";
const ELECTED =
  "President Nana Akufo-Addo of the Republic of Ghana was elected by the 57th Ordinary Session of the ECOWAS Authority of Heads of State and Government as the new Chairman of the Authority.";
const SUCCEEDS =
  "President Akufo-Addo succeeds President Mahamadou Issoufou of the Republic of Niger, who led the Authority for a year.";

describe("the one a session elects to its chair, the session named between", () => {
  it("takes part, and is the next holder", () => {
    expect(people(ABUJA, ELECTED)).toEqual([["Nana Akufo-Addo", "GH"]]);
    expect(terms(ABUJA, ELECTED)).toEqual([["GH", "2020-09-09", null]]);
  });

  it("takes the outgoing holder from 'succeeds' in the next sentence", () => {
    expect(terms(ABUJA, `${ELECTED} ${SUCCEEDS}`)).toEqual([
      ["NE", null, "2020-09-09"],
      ["GH", "2020-09-09", null],
    ]);
  });

  it("is no participant when the election was an earlier one", () => {
    const opened =
      "The 65th Ordinary Session of the ECOWAS Authority of Heads of State and Government opened in Abuja.";
    const elected =
      "President Bola Tinubu of Nigeria was elected by the 63rd Ordinary Session as the new Chairman of the Authority";
    for (const when of [" in July 2023.", " last year."])
      expect(people("Abuja, 7 July 2024", `${opened} ${elected}${when}`)).toEqual([]);
    expect(people("Abuja, 7 July 2024", `${opened} ${elected}.`)).toEqual([["Bola Tinubu", "NG"]]);
  });
});

const ARUSHA = "Arusha, 22 July 2022";

describe("the one who has taken over the chairmanship at the summit", () => {
  const TAKEN_OVER =
    "The 22nd Ordinary Summit of EAC Heads of State was held in Arusha on Friday. Burundian President Evariste Ndayishimiye has taken over the chairmanship of the East African Community from Kenya's Uhuru Kenyatta.";

  it("takes part, and the office passes to his country", () => {
    expect(people(ARUSHA, TAKEN_OVER)).toEqual([["Evariste Ndayishimiye", "BI"]]);
    expect(terms(ARUSHA, TAKEN_OVER)).toEqual([
      ["KE", null, "2022-07-22"],
      ["BI", "2022-07-22", null],
    ]);
  });

  it("or has assumed the role of its chair", () => {
    const body =
      "The 54th Pacific Islands Forum Leaders Meeting was held in Honiara. Solomon Islands Prime Minister Jeremiah Manele has officially assumed the role of Pacific Islands Forum Chair.";
    expect(people("Honiara, 9 September 2025", body)).toEqual([["Jeremiah Manele", "SB"]]);
  });

  it("is no participant when he took it over last year, or in another year", () => {
    const summit = "The 22nd Ordinary Summit of EAC Heads of State was held in Arusha.";
    expect(
      people(
        ARUSHA,
        `${summit} Kenyan President Uhuru Kenyatta took over the chairmanship from Rwanda's Paul Kagame last year.`,
      ),
    ).toEqual([]);
    expect(
      people(
        ARUSHA,
        `${summit} Kenyan President Uhuru Kenyatta took over the chairmanship of the Community in February 2021.`,
      ),
    ).toEqual([]);
  });
});

describe("a leader who 'was part of the meeting'", () => {
  it("takes part", () => {
    const summit = "The 22nd Ordinary Summit of EAC Heads of State was held in Arusha.";
    expect(people(ARUSHA, `${summit} Uganda's President Yoweri Museveni was part of the meeting.`)).toEqual([
      ["Yoweri Museveni", "UG"],
    ]);
    expect(people(ARUSHA, `${summit} Uganda's President Yoweri Museveni was part of the talks.`)).toEqual([
      ["Yoweri Museveni", "UG"],
    ]);
  });

  it("not one who was part of something else", () => {
    const summit = "The 22nd Ordinary Summit of EAC Heads of State was held in Arusha.";
    expect(
      people(ARUSHA, `${summit} Uganda's President Yoweri Museveni was part of the negotiations in 1999.`),
    ).toEqual([]);
  });
});

describe("a chair who chaired the summit 'for the last time'", () => {
  it("is the chair, not one of another term", () => {
    const proposal = read(
      ARUSHA,
      "Kenyan President Uhuru Kenyatta chaired the 22nd Ordinary Summit of the East African Community for the last time on Friday.",
    );
    expect(proposal.participants.map((p) => p.nameAsStated)).toEqual(["Uhuru Kenyatta"]);
    expect(proposal.chair?.value.protocolOrder).toBe(1);
  });

  it("while one who chaired it 'for the last year' chaired another term", () => {
    const proposal = read(
      ARUSHA,
      "The 22nd Ordinary Summit of the East African Community was held in Arusha. Kenyan President Uhuru Kenyatta chaired the Community for the last year.",
    );
    expect(proposal.chair).toBeNull();
  });
});

describe("Cabo Verde", () => {
  it("is a country's name", () => {
    const body =
      "The 55th Ordinary Session of the ECOWAS Authority of Heads of State and Government was held in Abuja. Cabo Verde was represented by Julio Cesar Lopes, Minister of Regional Integration.";
    expect(people("Abuja, 29 June 2019", body)).toEqual([["Julio Cesar Lopes", "CV"]]);
  });
});
