// One dateline reader for the publication date, the venue, the host country and a sentence's lead. Before, four
// regular expressions read datelines four ways: the publication date's knew no country after the city ("PUERTO
// VALLARTA, Mexico, July 24, 2018 –") and no accented capital ("LOMÉ"), so seven open fixtures lost their publication
// date, and a dateline's day counted as the meeting's stated day. Places and people here are invented or public.
import { describe, expect, it } from "vitest";
import { DATELINE_LEAD, datelineOpening, isDatelineDay } from "./dateline";
import { readPressRelease } from "./read-press-release";
import { chairs7Knowledge as knowledge } from "./fixtures/chairs7-knowledge";

const opening = (text: string) => {
  const found = datelineOpening(text, 0);
  return (
    found && {
      place: text.slice(found.place.start, found.place.end),
      country: found.country && text.slice(found.country.start, found.country.end),
      day: text.slice(found.dayAt, found.dayAt + 6),
    }
  );
};

describe("a dateline's opening", () => {
  it.each([
    ["ASTANA, Oct 14 – The leaders met.", "ASTANA", null, "Oct 14"],
    ["PUERTO VALLARTA, Mexico, July 24, 2018 – The leaders met.", "PUERTO VALLARTA", "Mexico", "July 2"],
    ["LOMÉ, 30 July 2018 — The leaders met.", "LOMÉ", null, "30 Jul"],
    ["Baku. 16 October. The leaders met.", "Baku", null, "16 Oct"],
    ["BRASILIA, 15/04/2010 – The leaders met.", "BRASILIA", null, "15/04/"],
    ["DEAD SEA, Jordan, 29 March — The session opened.", "DEAD SEA", "Jordan", "29 Mar"],
    ["Nay Pyi Taw, 12 November — The summit opened.", "Nay Pyi Taw", null, "12 Nov"],
  ])("%s", (text, place, country, day) => {
    expect(opening(text)).toEqual({ place, country, day });
  });

  it("is no sentence opening with a weekday or more than four words", () => {
    expect(opening("On Monday, 5 May the leaders met.")).toBeNull();
    expect(opening("The summit opened on Monday, Nov. 13 in the capital.")).toBeNull();
  });

  it("tells a dateline's day from a day in the body", () => {
    const text = "Heads meet\n\nMINSK, 5 May — The leaders met on 5 May.";
    expect(isDatelineDay(text, text.indexOf("5 May"))).toBe(true);
    expect(isDatelineDay(text, text.lastIndexOf("5 May"))).toBe(false);
  });
});

describe("a dateline as a sentence's lead", () => {
  it.each([
    ["ASTANA, November 28 — X chaired.", "X chaired."],
    ["MOSCOW (Reuters) — X chaired.", "X chaired."],
    ["Riyadh, December 9, 2022, SPA -- X chaired.", "X chaired."],
    ["MINSK — X chaired.", "X chaired."],
    ["PUERTO VALLARTA, Mexico, 24 July 2018 — X chaired.", "X chaired."],
  ])("%s", (sentence, rest) => {
    const lead = DATELINE_LEAD.exec(sentence)?.[0] ?? "";
    expect(sentence.slice(lead.length)).toBe(rest);
  });
});

describe("the release's dates and place from it", () => {
  const BODY =
    "Leaders of the Pacific Alliance met on Tuesday for the bloc's summit. Mexican President Tomás Ibarrola chaired it.";

  it.each([
    `Alliance leaders meet\n\nPUERTO VALLARTA, Mexico, July 24, 2018 – ${BODY}`,
    `Alliance leaders meet\n\nLOMÉ, July 24, 2018 – ${BODY}`,
  ])("publishes on the dateline's day: %s", (text) => {
    const proposal = readPressRelease(text, knowledge);
    expect(proposal.publicationDate?.value).toBe("2018-07-24");
    expect(proposal.startDate?.value).toBe("2018-07-24");
  });

  it("takes the venue from a dateline with its country", () => {
    const text = `Alliance leaders meet\n\nPUERTO VALLARTA, Mexico, July 24, 2018 – ${BODY}`;
    expect(readPressRelease(text, knowledge).venue?.value.city).toBe("Puerto Vallarta");
  });
});
