/* global URL, console */
// `pnpm --filter @plenary/db generate:reference-countries`: writes src/reference/generated/countries.json, every ISO 3166-1
// country with its codes, names and official names in English, Russian and Chinese, other names and English
// demonyms. Sources: world-countries (names, official names, translations, demonyms, UN membership) and
// i18n-iso-countries (names where world-countries has none, variant names). Both are dev dependencies: the JSON is
// committed and loaded by `pnpm db:seed:reference`. No Russian or Chinese adjectives here: neither package has them (nor
// does any other maintained npm package found), Russian ones cannot be derived from the names by rule (they are
// compiled by hand in @plenary/domain's RUSSIAN_COUNTRY_ADJECTIVES), and the Chinese attributive is the name itself
// (see the README's Reference data).
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const worldCountries = require("world-countries/countries.json");
const isoCountries = require("i18n-iso-countries");
const worldVersion = require("world-countries/package.json").version;
const isoVersion = require("i18n-iso-countries/package.json").version;
for (const lang of ["en", "ru", "zh"])
  isoCountries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

const all = (iso2, lang) => {
  const names = isoCountries.getName(iso2, lang, { select: "all" }) ?? [];
  return Array.isArray(names) ? names : [names];
};

const rows = worldCountries
  .map((country) => {
    const iso2 = country.cca2;
    const name = {
      en: country.name.common,
      ru: country.translations.rus?.common ?? all(iso2, "ru")[0],
      zh: country.translations.zho?.common ?? all(iso2, "zh")[0],
    };
    const official = {
      en: country.name.official,
      ru: country.translations.rus?.official,
      zh: country.translations.zho?.official,
    };
    const otherNames = [
      ...new Set(
        [...all(iso2, "en"), ...(country.altSpellings ?? []), official.en].filter(
          (other) =>
            other && other !== name.en && other.length > 3 && /^[\p{Script=Latin}\s.'’()-]+$/u.test(other),
        ),
      ),
    ];
    const demonyms = [
      ...new Set([country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((demonym) => demonym)),
    ];
    return {
      iso2,
      iso3: country.cca3,
      numeric: country.ccn3 || null,
      name: Object.fromEntries(Object.entries(name).filter(([, value]) => value)),
      official: Object.fromEntries(Object.entries(official).filter(([, value]) => value)),
      otherNames,
      demonyms,
      unMember: country.unMember === true,
      region: country.region,
    };
  })
  .filter((row) => isoCountries.isValid(row.iso2))
  .sort((a, b) => a.iso2.localeCompare(b.iso2));

const out = new URL("../src/reference/generated/countries.json", import.meta.url);
fs.writeFileSync(
  out,
  JSON.stringify(
    {
      generatedFrom: { "world-countries": worldVersion, "i18n-iso-countries": isoVersion },
      countries: rows,
    },
    null,
    1,
  ) + "\n",
);
console.log(`${rows.length} countries written to ${out.pathname}`);
