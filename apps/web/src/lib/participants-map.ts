import { label, type Locale } from "@plenary/domain";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import { inLocale } from "./locale";
import { escapeXml } from "./svg";
import type { ParticipationEntry } from "./types";

// A meeting's participants on a world map, drawn on the server as SVG: the shapes are Natural Earth's 1:110m
// countries from `world-atlas`, projected with d3-geo's Equal Earth. No script: the image carries its values in
// <title> and <desc>, each country its own <title>, and the meeting page shows the same data as a table.

type Category = ParticipationEntry["participation"]["category"];

/**
 * Colours by category (Okabe–Ito, distinguishable with the common colour-vision deficiencies), each with a pattern
 * of its own is not needed: the legend and the table name them, and every country's <title> says its category.
 */
export const CATEGORY_COLOURS: Record<Category, string> = {
  member_state: "#0072B2",
  observer_state: "#E69F00",
  dialogue_partner: "#009E73",
  guest_state: "#CC79A7",
  igo_official: "#56B4E9",
  guest_organization: "#D55E00",
};
const LAND = "#e4e4e4";

/** One country on the map: the category of its first participant in protocol order, and how many took part. */
export interface MapCountry {
  iso2: string;
  name: string;
  category: Category;
  participants: number;
}

export interface ParticipantsMap {
  countries: MapCountry[];
  /** Participants who represent no country (officials of organizations): listed, not placed. */
  withoutCountry: number;
}

/** The countries a meeting's participants represent, in protocol order of their first participant. */
export function participantsByCountry(participations: ParticipationEntry[], locale: Locale): ParticipantsMap {
  const byCountry = new Map<string, MapCountry>();
  let withoutCountry = 0;
  const ordered = [...participations].sort(
    (a, b) => a.participation.protocolOrder - b.participation.protocolOrder,
  );
  for (const { participation, country } of ordered) {
    if (!country) {
      withoutCountry++;
      continue;
    }
    const entry = byCountry.get(country.iso2);
    if (entry) entry.participants++;
    else
      byCountry.set(country.iso2, {
        iso2: country.iso2,
        name: inLocale(country.nameI18n, locale),
        category: participation.category,
        participants: 1,
      });
  }
  return { countries: [...byCountry.values()], withoutCountry };
}

export interface MapTexts {
  title: string;
  /** "{country} ({category}): {count} participants" for one country. */
  country: (country: MapCountry, category: string) => string;
  /** The sentence after the list about participants placed nowhere, or "" when there are none. */
  withoutCountry: (count: number) => string;
  legend: string;
}

const escape = escapeXml;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
let shapes: FeatureCollection<Geometry, { name: string }> | undefined;

const WIDTH = 960;
const MAP_HEIGHT = 470;

/** The SVG document of a meeting's participants on a world map. */
export function participantsMapSvg(map: ParticipantsMap, locale: Locale, texts: MapTexts): string {
  shapes ??= feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoEqualEarth().fitExtent(
    [
      [8, 8],
      [WIDTH - 8, MAP_HEIGHT - 8],
    ],
    { type: "Sphere" },
  );
  const path = geoPath(projection).digits(1);
  const byNumeric = new Map(
    map.countries.map((country) => [countries.alpha2ToNumeric(country.iso2) ?? "", country]),
  );
  const categoryLabel = (category: Category) => label("participationCategory", category, locale);
  const describe = (country: MapCountry) => texts.country(country, categoryLabel(country.category));

  const land: string[] = [];
  const participants: string[] = [];
  for (const shape of shapes.features as Feature<Geometry, { name: string }>[]) {
    const d = path(shape);
    if (!d) continue;
    const country = byNumeric.get(String(shape.id));
    if (country)
      participants.push(
        `<path d="${d}" fill="${CATEGORY_COLOURS[country.category]}" data-iso2="${country.iso2}" ` +
          `data-category="${country.category}"><title>${escape(describe(country))}</title></path>`,
      );
    else land.push(`<path d="${d}"/>`);
  }

  const categories = [...new Set(map.countries.map((country) => country.category))];
  const legend = categories.map((category, index) => {
    const y = MAP_HEIGHT + 12 + index * 24;
    return (
      `<rect x="16" y="${y}" width="16" height="16" fill="${CATEGORY_COLOURS[category]}"/>` +
      `<text x="40" y="${y + 13}">${escape(categoryLabel(category))}</text>`
    );
  });
  const height = MAP_HEIGHT + 16 + Math.max(categories.length, 1) * 24;
  const description = [
    ...map.countries.map(describe),
    ...(map.withoutCountry ? [texts.withoutCountry(map.withoutCountry)] : []),
  ].join("; ");

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" ` +
    `height="${height}" role="img" aria-labelledby="map-title map-desc" lang="${locale}" ` +
    `font-family="system-ui, sans-serif" font-size="14">` +
    `<title id="map-title">${escape(texts.title)}</title>` +
    `<desc id="map-desc">${escape(description)}</desc>` +
    `<path d="${path({ type: "Sphere" })}" fill="#f6f8fb" stroke="#c8ccd2"/>` +
    `<g fill="${LAND}" stroke="#ffffff" stroke-width="0.5">${land.join("")}</g>` +
    `<g stroke="#ffffff" stroke-width="0.5">${participants.join("")}</g>` +
    `<g aria-label="${escape(texts.legend)}" fill="#1a1a1a">${legend.join("")}</g>` +
    `</svg>\n`
  );
}
