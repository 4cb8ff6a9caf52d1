/**
 * English adjectives of countries in common use that the reference data's demonyms (from `world-countries`, one
 * masculine and one feminine form each) lack, by ISO 3166-1 alpha-2 code: "Kyrgyz President X", "the Uzbek side",
 * "Saudi Crown Prince Y", "Lao Prime Minister Z". `world-countries` gives "Kirghiz", "Tadzhik", "Uzbekistani",
 * "Kazakhstani", "Saudi Arabian" and "Laotian", forms that official releases and news agencies in English rarely use
 * (akorda.kz, president.uz, president.kg, the SCO and CIS secretariats, Reuters and Xinhua write "Kazakh", "Uzbek",
 * "Kyrgyz", "Tajik"). Compiled by hand, as RUSSIAN_COUNTRY_ADJECTIVES is. Left out where one adjective names two states
 * ("Congolese", "Korean", "Guinean"). The reference load adds them to each country's demonyms.
 */
export const ENGLISH_COUNTRY_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  AZ: ["Azeri"],
  BF: ["Burkinabè"],
  CV: ["Cape Verdean"],
  DJ: ["Djiboutian"],
  EC: ["Ecuadorian"],
  GW: ["Bissau-Guinean"],
  IS: ["Icelandic"],
  KG: ["Kyrgyz", "Kyrgyzstani"],
  KM: ["Comorian"],
  KZ: ["Kazakh"],
  LA: ["Lao"],
  MK: ["North Macedonian"],
  MV: ["Maldivian"],
  NP: ["Nepali"],
  PH: ["Philippine"],
  SA: ["Saudi"],
  SI: ["Slovenian"],
  SO: ["Somalian"],
  SR: ["Surinamese"],
  TJ: ["Tajik", "Tajikistani"],
  TL: ["Timorese"],
  UZ: ["Uzbek"],
};

/**
 * Other English names of countries in common use that the reference data's other names lack, by ISO 3166-1 alpha-2
 * code: abbreviations used as names and adjectives ("UAE President X", "UK Prime Minister Y", "the DPRK"), the short
 * forms of official names that a body's own documents use ("the Lao PDR" in every ASEAN text, "Cabo Verde", "the Holy
 * See"), and the older names of
 * translations from Russian ("Kirghizia", "Byelorussia", "Moldavia"). Those of four letters or fewer are matched
 * case-sensitively, as every such other name is. The reference load adds them to each country's other names.
 */
export const ENGLISH_COUNTRY_OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  AE: ["UAE", "U.A.E."],
  BY: ["Byelorussia", "Belorussia"],
  CD: ["DRC"],
  CN: ["PRC"],
  CV: ["Cabo Verde"],
  GB: ["UK", "U.K."],
  KG: ["Kirghizia"],
  KP: ["DPRK"],
  KR: ["ROK"],
  LA: ["Lao PDR"],
  MD: ["Moldavia"],
  SA: ["KSA"],
  US: ["US", "USA"],
  VA: ["Holy See"],
};
