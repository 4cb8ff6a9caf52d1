import { describe, expect, it } from "vitest";
import { COUNTRY_NAMES } from "./generated/country-names";
import type { KnownCountry, ReaderKnowledge } from "./knowledge";
import { countryMentions } from "./mentions";
import {
  RUSSIAN_COUNTRY_ABBREVIATIONS,
  RUSSIAN_COUNTRY_ADJECTIVES,
  russianAdjectivePattern,
  russianNamePattern,
} from "./russian-countries";
import { parseTitle } from "./titles";

const country = (
  iso2: string,
  en: string,
  ru: string,
  officialRu: string,
  demonym: string,
): KnownCountry => ({
  id: `cty${iso2.toLowerCase()}`,
  iso2,
  nameI18n: { en, ru },
  officialNameI18n: { en: en, ru: officialRu },
  otherNames: [],
  demonyms: [demonym],
});

const knowledge: ReaderKnowledge = {
  countries: [
    country("RU", "Russia", "Россия", "Российская Федерация", "Russian"),
    country("KZ", "Kazakhstan", "Казахстан", "Республика Казахстан", "Kazakhstani"),
    country("CN", "China", "Китай", "Китайская Народная Республика", "Chinese"),
    country("KG", "Kyrgyzstan", "Киргизия", "Киргизская Республика", "Kyrgyz"),
    country("US", "United States", "Соединённые Штаты Америки", "Соединённые Штаты Америки", "American"),
    country("IN", "India", "Индия", "Республика Индия", "Indian"),
    country("ID", "Indonesia", "Индонезия", "Республика Индонезия", "Indonesian"),
  ],
  organizations: [],
  people: [],
  posts: [],
  occupancies: [],
  memberships: [],
  topics: [],
};

/** The ISO codes of the countries named in a text, in order. */
const named = (text: string) =>
  countryMentions(text, knowledge).map((mention) => mention.id.slice(3).toUpperCase());

describe("Russian adjectives of countries", () => {
  // That every code is a country of the reference load: packages/db/src/reference/russian-adjectives.test.ts.
  it("are keyed by ISO 3166 codes, one stem per country", () => {
    const codes = new Set(COUNTRY_NAMES.map(([iso2]) => iso2));
    const owner = new Map<string, string>();
    for (const [iso2, adjectives] of Object.entries(RUSSIAN_COUNTRY_ADJECTIVES)) {
      expect(iso2).toMatch(/^[A-Z]{2}$/);
      for (const adjective of adjectives) {
        expect(adjective, iso2).toMatch(/^[а-яё-]+(?:ий|ый|ой)$/);
        const stem = adjective.slice(0, -2);
        expect(owner.get(stem) ?? iso2, adjective).toBe(iso2);
        owner.set(stem, iso2);
      }
    }
    expect(Object.keys(RUSSIAN_COUNTRY_ADJECTIVES).length).toBeGreaterThan(180);
    for (const iso2 of ["RU", "KZ", "CN", "KG", "TJ", "UZ", "BY", "AM", "AZ", "IN", "PK", "IR", "TR", "TM"])
      expect(codes.has(iso2) && RUSSIAN_COUNTRY_ADJECTIVES[iso2]!.length > 0, iso2).toBe(true);
    for (const iso2 of Object.keys(RUSSIAN_COUNTRY_ABBREVIATIONS)) expect(codes.has(iso2), iso2).toBe(true);
  });

  it("match every gender, case and number of an adjective, and nothing longer", () => {
    const pattern = russianAdjectivePattern("казахстанский");
    for (const form of [
      "казахстанский",
      "Казахстанская",
      "казахстанское",
      "казахстанские",
      "казахстанского",
      "казахстанскому",
      "казахстанским",
      "казахстанском",
      "казахстанской",
      "казахстанскую",
      "казахстанских",
      "казахстанскими",
    ])
      expect(form.match(pattern), form).toEqual([form]);
    for (const other of ["казахстанско-китайский", "казахстанец", "Казахстан", "заказахстанский"])
      expect(other.match(pattern), other).toBeNull();
  });

  it("match a Russian name in its cases", () => {
    const pattern = russianNamePattern("Республика Казахстан");
    for (const form of [
      "Республика Казахстан",
      "Республики Казахстан",
      "Республикой Казахстан",
      "республике Казахстан",
    ])
      expect(form.match(pattern), form).toEqual([form]);
    expect("России".match(russianNamePattern("Россия"))).toEqual(["России"]);
    expect("Китаем".match(russianNamePattern("Китай"))).toEqual(["Китаем"]);
    expect("Соединенных Штатов Америки".match(russianNamePattern("Соединённые Штаты Америки"))).toEqual([
      "Соединенных Штатов Америки",
    ]);
  });

  it("name the countries of participants in Russian sentences", () => {
    // Sentences written for this test, not taken from a release.
    expect(named("Казахстанская сторона представила план, а китайский министр его поддержал.")).toEqual([
      "KZ",
      "CN",
    ]);
    expect(named("На встрече выступил Президент Республики Казахстан и глава российской делегации.")).toEqual(
      ["KZ", "RU"],
    );
    expect(
      named("Делегацию Киргизской Республики возглавил председатель кабмина, кыргызский премьер."),
    ).toEqual(["KG", "KG"]);
    expect(named("Представители КНР, РФ и США обменялись мнениями с индонезийскими коллегами.")).toEqual([
      "CN",
      "RU",
      "US",
      "ID",
    ]);
    // A compound adjective of two countries ("российско-китайские переговоры") attributes neither, and an Indian
    // minister is not Indonesian.
    expect(named("Прошли российско-китайские переговоры.")).toEqual([]);
    expect(named("Индийский министр прибыл.")).toEqual(["IN"]);
  });

  it("give a title's country, as the reader attributes a participant", () => {
    const cases = [
      ["казахстанский лидер", "KZ"],
      ["Президент Республики Казахстан", "KZ"],
      ["Председатель Китайской Народной Республики", "CN"],
      ["глава российского правительства", "RU"],
      ["Премьер-министр Индии", "IN"],
    ] as const;
    for (const [title, iso2] of cases)
      expect(parseTitle(title, 0, title.length, knowledge).country?.id, title).toBe(
        `cty${iso2.toLowerCase()}`,
      );
  });

  it("leave English text as it was", () => {
    expect(named("The Russian President met the Kazakhstani and Chinese leaders.")).toEqual([
      "RU",
      "KZ",
      "CN",
    ]);
  });
});
