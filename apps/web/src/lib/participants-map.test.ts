import { describe, expect, it } from "vitest";
import { CATEGORY_COLOURS, participantsByCountry, participantsMapSvg } from "./participants-map";
import type { ParticipationEntry } from "./types";

const entry = (order: number, category: string, iso2: string | null, name = iso2 ?? ""): ParticipationEntry =>
  ({
    participation: { protocolOrder: order, category },
    country: iso2 ? { iso2, nameI18n: { en: name, ru: `${name} (ru)` } } : null,
  }) as unknown as ParticipationEntry;

const texts = {
  title: "Participants by country",
  country: (c: { name: string; participants: number }, category: string) =>
    `${c.name} (${category}): ${c.participants}`,
  withoutCountry: (count: number) => `${count} without a country`,
  legend: "Legend",
};

describe("the participants' map", () => {
  const participations = [
    entry(2, "observer_state", "IR", "Iran"),
    entry(1, "member_state", "RU", "Russia"),
    entry(3, "member_state", "RU", "Russia"),
    entry(4, "igo_official", null),
  ];

  it("takes each country once, with its first participant's category, in protocol order", () => {
    expect(participantsByCountry(participations, "ru")).toEqual({
      countries: [
        { iso2: "RU", name: "Russia (ru)", category: "member_state", participants: 2 },
        { iso2: "IR", name: "Iran (ru)", category: "observer_state", participants: 1 },
      ],
      withoutCountry: 1,
    });
  });

  it("colours the countries that took part and says the same in <title> and <desc>", () => {
    const svg = participantsMapSvg(participantsByCountry(participations, "en"), "en", texts);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id="map-title">Participants by country</title>');
    expect(svg).toContain(
      '<desc id="map-desc">Russia (Member states): 2; Iran (Observer states): 1; 1 without a country</desc>',
    );
    expect(svg).toContain(`fill="${CATEGORY_COLOURS.member_state}" data-iso2="RU"`);
    expect(svg).toContain(`fill="${CATEGORY_COLOURS.observer_state}" data-iso2="IR"`);
    expect(svg.match(/data-iso2=/g)).toHaveLength(2);
    expect(svg).not.toContain("<script");
  });

  it("escapes text", () => {
    const svg = participantsMapSvg({ countries: [], withoutCountry: 0 }, "en", {
      ...texts,
      title: "A & <B>",
    });
    expect(svg).toContain('<title id="map-title">A &amp; &lt;B&gt;</title>');
  });
});
