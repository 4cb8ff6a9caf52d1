import type { KnownCountry } from "./knowledge";

/**
 * Russian adjectives of countries, by ISO 3166-1 alpha-2 code, each as its dictionary form (masculine nominative
 * singular): "казахстанский" for "казахстанский лидер", "Казахстанская сторона", "казахстанской делегации".
 * Compiled by hand from standard Russian usage (the forms of the Russian foreign ministry's and news agencies'
 * releases): no maintained package carries them (`world-countries` has English and French demonyms only,
 * `i18n-iso-countries` names only) and they cannot be derived from the names by rule (Китай → китайский,
 * США → американский, Германия → германский and немецкий, Кот-д'Ивуар → ивуарийский). Left out where one adjective
 * names two states (конголезский: both Congos, корейский: both Koreas — южнокорейский and северокорейский are in)
 * and where no adjective is in use. Chinese needs none: the attributive is the short name itself (俄罗斯总统).
 */
export const RUSSIAN_COUNTRY_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  AD: ["андоррский"],
  AE: ["эмиратский"],
  AF: ["афганский"],
  AG: ["антигуанский"],
  AL: ["албанский"],
  AM: ["армянский"],
  AO: ["ангольский"],
  AR: ["аргентинский"],
  AT: ["австрийский"],
  AU: ["австралийский"],
  AW: ["арубский"],
  AZ: ["азербайджанский"],
  BA: ["боснийский"],
  BB: ["барбадосский"],
  BD: ["бангладешский"],
  BE: ["бельгийский"],
  BF: ["буркинийский"],
  BG: ["болгарский"],
  BH: ["бахрейнский"],
  BI: ["бурундийский"],
  BJ: ["бенинский"],
  BM: ["бермудский"],
  BN: ["брунейский"],
  BO: ["боливийский"],
  BR: ["бразильский"],
  BS: ["багамский"],
  BT: ["бутанский"],
  BW: ["ботсванский"],
  BY: ["белорусский", "беларусский"],
  BZ: ["белизский"],
  CA: ["канадский"],
  CF: ["центральноафриканский"],
  CH: ["швейцарский"],
  CI: ["ивуарийский"],
  CL: ["чилийский"],
  CM: ["камерунский"],
  CN: ["китайский"],
  CO: ["колумбийский"],
  CR: ["костариканский"],
  CU: ["кубинский"],
  CV: ["кабовердианский"],
  CY: ["кипрский"],
  CZ: ["чешский"],
  DE: ["германский", "немецкий"],
  DJ: ["джибутийский"],
  DK: ["датский"],
  DO: ["доминиканский"],
  DZ: ["алжирский"],
  EC: ["эквадорский"],
  EE: ["эстонский"],
  EG: ["египетский"],
  EH: ["западносахарский"],
  ER: ["эритрейский"],
  ES: ["испанский"],
  ET: ["эфиопский"],
  FI: ["финляндский", "финский"],
  FJ: ["фиджийский"],
  FM: ["микронезийский"],
  FO: ["фарерский"],
  FR: ["французский"],
  GA: ["габонский"],
  GB: ["британский"],
  GD: ["гренадский"],
  GE: ["грузинский"],
  GH: ["ганский"],
  GI: ["гибралтарский"],
  GL: ["гренландский"],
  GM: ["гамбийский"],
  GN: ["гвинейский"],
  GQ: ["экваториальногвинейский"],
  GR: ["греческий"],
  GT: ["гватемальский"],
  GY: ["гайанский"],
  HK: ["гонконгский"],
  HN: ["гондурасский"],
  HR: ["хорватский"],
  HT: ["гаитянский"],
  HU: ["венгерский"],
  ID: ["индонезийский"],
  IE: ["ирландский"],
  IL: ["израильский"],
  IN: ["индийский"],
  IQ: ["иракский"],
  IR: ["иранский"],
  IS: ["исландский"],
  IT: ["итальянский"],
  JM: ["ямайский"],
  JO: ["иорданский"],
  JP: ["японский"],
  KE: ["кенийский"],
  KG: ["киргизский", "кыргызский", "кыргызстанский"],
  KH: ["камбоджийский"],
  KI: ["кирибатийский"],
  KM: ["коморский"],
  KP: ["северокорейский"],
  KR: ["южнокорейский"],
  KW: ["кувейтский"],
  KZ: ["казахстанский"],
  LA: ["лаосский"],
  LB: ["ливанский"],
  LI: ["лихтенштейнский"],
  LK: ["шри-ланкийский", "ланкийский"],
  LR: ["либерийский"],
  LS: ["лесотский"],
  LT: ["литовский"],
  LU: ["люксембургский"],
  LV: ["латвийский"],
  LY: ["ливийский"],
  MA: ["марокканский"],
  MC: ["монакский", "монегасский"],
  MD: ["молдавский", "молдовский"],
  ME: ["черногорский"],
  MG: ["мадагаскарский", "малагасийский"],
  MK: ["северомакедонский", "македонский"],
  ML: ["малийский"],
  MM: ["мьянманский"],
  MN: ["монгольский"],
  MR: ["мавританский"],
  MT: ["мальтийский"],
  MU: ["маврикийский"],
  MV: ["мальдивский"],
  MW: ["малавийский"],
  MX: ["мексиканский"],
  MY: ["малайзийский"],
  MZ: ["мозамбикский"],
  NA: ["намибийский"],
  NC: ["новокаледонский"],
  NE: ["нигерский"],
  NG: ["нигерийский"],
  NI: ["никарагуанский"],
  NL: ["нидерландский", "голландский"],
  NO: ["норвежский"],
  NP: ["непальский"],
  NR: ["науруанский"],
  NZ: ["новозеландский"],
  OM: ["оманский"],
  PA: ["панамский"],
  PE: ["перуанский"],
  PG: ["папуа-новогвинейский"],
  PH: ["филиппинский"],
  PK: ["пакистанский"],
  PL: ["польский"],
  PR: ["пуэрториканский", "пуэрто-риканский"],
  PS: ["палестинский"],
  PT: ["португальский"],
  PW: ["палауский"],
  PY: ["парагвайский"],
  QA: ["катарский"],
  RO: ["румынский"],
  RS: ["сербский"],
  RU: ["российский"],
  RW: ["руандийский"],
  SA: ["саудовский", "саудоаравийский"],
  SC: ["сейшельский"],
  SD: ["суданский"],
  SE: ["шведский"],
  SG: ["сингапурский"],
  SI: ["словенский"],
  SK: ["словацкий"],
  SL: ["сьерра-леонский"],
  SM: ["сан-маринский"],
  SN: ["сенегальский"],
  SO: ["сомалийский"],
  SR: ["суринамский"],
  SS: ["южносуданский"],
  SV: ["сальвадорский"],
  SY: ["сирийский"],
  SZ: ["эсватинский", "свазилендский"],
  TD: ["чадский"],
  TG: ["тоголезский"],
  TH: ["таиландский", "тайский"],
  TJ: ["таджикистанский", "таджикский"],
  TL: ["восточнотиморский"],
  TM: ["туркменский", "туркменистанский"],
  TN: ["тунисский"],
  TO: ["тонганский"],
  TR: ["турецкий"],
  TT: ["тринидадский"],
  TW: ["тайваньский"],
  TZ: ["танзанийский"],
  UA: ["украинский"],
  UG: ["угандийский"],
  US: ["американский"],
  UY: ["уругвайский"],
  UZ: ["узбекистанский", "узбекский"],
  VA: ["ватиканский"],
  VE: ["венесуэльский"],
  VN: ["вьетнамский"],
  VU: ["вануатский"],
  WS: ["самоанский"],
  XK: ["косовский"],
  YE: ["йеменский"],
  ZA: ["южноафриканский"],
  ZM: ["замбийский"],
  ZW: ["зимбабвийский"],
};

/**
 * Short forms Russian releases use for some states (РФ, КНР, США …), matched as written (capitals).
 */
export const RUSSIAN_COUNTRY_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  AE: ["ОАЭ"],
  CN: ["КНР"],
  KP: ["КНДР"],
  RU: ["РФ"],
  US: ["США"],
  ZA: ["ЮАР"],
};

// Every ending of a Russian adjective (full forms, all genders, cases and numbers): the stem is the dictionary form
// less its last two letters (российск-ий → российск-ая, -ой, -ую, -ие, -их, -ими …).
const ADJECTIVE_ENDINGS = "(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|им|ым|ом|ем|ую|юю|ей|их|ых|ими|ыми)";
// Endings of nouns after a stem (Казахстан-а, Росси-и, Кита-я, Беларус-ью, Эмират-ов …).
const NOUN_ENDINGS = "(?:а|я|о|е|и|ы|у|ю|й|ь|ой|ей|ом|ем|ью|ам|ям|ах|ях|ами|ями|ов|ев)";
const MIN_STEM = 4;

/** "е" stands for "ё" too: Russian texts mostly write "Объединенные" for "Объединённые". */
function literal(value: string): string {
  return value
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/[её]/g, "[её]")
    .replace(/[ЕЁ]/g, "[ЕЁ]");
}

/** The pattern of one word of a Russian name in any case: its stem and the endings nouns or adjectives take. */
function wordPattern(word: string): string {
  if (/^\p{Ll}{1,2}$/u.test(word) || !/^[\p{Script=Cyrillic}]+$/u.test(word)) return literal(word);
  if (/(?:ий|ый|ой|ая|ое|ые|ие)$/u.test(word) && word.length - 2 >= MIN_STEM)
    return literal(word.slice(0, -2)) + ADJECTIVE_ENDINGS;
  if (/[аяоеиыуюйь]$/u.test(word)) {
    return word.length - 1 >= MIN_STEM ? literal(word.slice(0, -1)) + NOUN_ENDINGS : literal(word);
  }
  return word.length >= MIN_STEM ? `${literal(word)}${NOUN_ENDINGS}?` : literal(word);
}

const BEFORE = "(?<![\\p{L}\\p{N}-])";
const AFTER = "(?![\\p{L}\\p{N}])";

// Compiled once per phrase: every read of the same knowledge's countries asks for the same patterns.
const compiled = new Map<string, RegExp>();
function cached(key: string, source: () => string, flags: string): RegExp {
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = new RegExp(source(), flags);
    compiled.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** A Russian country name in any of its cases ("Республика Казахстан", "Республики Казахстан", "России"). */
export function russianNamePattern(name: string): RegExp {
  return cached(
    `n${name}`,
    () => `${BEFORE}${name.trim().split(/\s+/).map(wordPattern).join("\\s+")}${AFTER}`,
    "giu",
  );
}

/** A Russian adjective in any gender, case and number ("казахстанский", "Казахстанская", "казахстанскими"). */
export function russianAdjectivePattern(adjective: string): RegExp {
  return cached(
    `a${adjective}`,
    () => `${BEFORE}${literal(adjective.slice(0, -2))}${ADJECTIVE_ENDINGS}${AFTER}`,
    "giu",
  );
}

/** A Russian phrase of a country with what a text must contain for it to match (its stem, lower-case). */
export interface RussianCountryPhrase {
  pattern: RegExp;
  needle: string;
  via: "name" | "official name" | "abbreviation" | "demonym";
  length: number;
}

/**
 * The Russian phrases a country is named by: its Russian name and official name in any case, its short forms
 * (РФ, КНР …) and its adjectives in any form ("demonym", as the English adjectives are).
 */
export function russianCountryPhrases(country: KnownCountry): RussianCountryPhrase[] {
  const phrases: RussianCountryPhrase[] = [];
  // What the lower-cased text must contain: the word's first letters, up to an е or ё (which stand for each other).
  const stemOf = (word: string) => /^[^её]*/.exec(word.toLowerCase().slice(0, MIN_STEM))![0];
  const named = (value: string | undefined | null, via: RussianCountryPhrase["via"]) => {
    if (!value?.trim()) return;
    const longest = value
      .trim()
      .split(/\s+/)
      .reduce((a, b) => (b.length > a.length ? b : a), "");
    phrases.push({ pattern: russianNamePattern(value), needle: stemOf(longest), via, length: value.length });
  };
  named(country.nameI18n.ru, "name");
  named(country.officialNameI18n?.ru, "official name");
  for (const abbreviation of RUSSIAN_COUNTRY_ABBREVIATIONS[country.iso2] ?? [])
    phrases.push({
      pattern: cached(`s${abbreviation}`, () => `${BEFORE}${literal(abbreviation)}${AFTER}`, "gu"),
      needle: abbreviation.toLowerCase(),
      via: "abbreviation",
      length: abbreviation.length,
    });
  for (const adjective of RUSSIAN_COUNTRY_ADJECTIVES[country.iso2] ?? [])
    phrases.push({
      pattern: russianAdjectivePattern(adjective),
      needle: stemOf(adjective),
      via: "demonym",
      length: adjective.length,
    });
  return phrases;
}

/** Whether a text has Cyrillic letters at all (the Russian phrases are tried only then). */
export function hasCyrillic(text: string): boolean {
  return /\p{Script=Cyrillic}/u.test(text);
}
