// How SADC reports tell the handover, written in our own words: "The 42nd Ordinary Summit … has elected the President
// of the Democratic Republic of the Congo, X, as Chairperson of SADC" (the office, the country, then the name set off by
// commas), "X succeeds the President of Malawi, Y" (the one succeeded, with no office named again), and the election of
// the chair of the Community's Organ on Politics, Defence and Security Cooperation beside it (another office). Until 8
// December 2026 the first read no handover and the text no date (the Summit "has elected" is no verb of meeting), and
// the Organ's chair was read as the Community's next holder. Every sentence is written for these tests.
import { describe, expect, it } from "vitest";
import { referenceData } from "./fixtures/reference-data";
import { readPressRelease } from "./read-press-release";

const read = (body: string) => readPressRelease(`KINSHASA, 17 August 2022\n\n${body}\n`, referenceData);
const terms = (body: string) =>
  read(body).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);
const ELECTED =
  "The 42nd Ordinary Summit of the Heads of State and Government of the Southern African Development Community (SADC) has elected the President of the Democratic Republic of the Congo, Félix Tshisekedi, as Chairperson of SADC.";
const DAY = "2022-08-17";

describe("the Chairperson elected by the Summit", () => {
  it("is the next holder, and the Summit's decision dates the meeting by the dateline", () => {
    expect(read(ELECTED).startDate?.value).toBe(DAY);
    expect(terms(ELECTED)).toEqual([["CD", DAY, null]]);
  });

  it("takes the outgoing holder from 'succeeds' in a sentence of its own", () => {
    expect(terms(`${ELECTED} Tshisekedi succeeds the President of Malawi, Dr Lazarus Chakwera.`)).toEqual([
      ["MW", null, DAY],
      ["CD", DAY, null],
    ]);
  });

  it("does not take the Organ's chair for the Community's", () => {
    const organ =
      "The Summit also elected President Hage Geingob of Namibia as Chairperson of the Organ on Politics, Defence and Security Cooperation. Geingob succeeds President Cyril Ramaphosa as chairperson of the Organ.";
    expect(
      terms(`${ELECTED} Tshisekedi succeeds the President of Malawi, Dr Lazarus Chakwera.\n\n${organ}`),
    ).toEqual([
      ["MW", null, DAY],
      ["CD", DAY, null],
    ]);
    expect(terms(`The 42nd Ordinary SADC Summit was held in Kinshasa. ${organ}`)).toEqual([]);
  });
});
