// Reference records the first summit record links to: organizations and their bodies, countries with their SCO
// membership status, posts, people and their occupancies, topics. Facts come from ../../../../shared/SEED-FACTS.md;
// what it leaves unknown stays null (occupancy dates, observers' accession dates, identifiers).

export interface LocalizedTextSeed {
  en: string;
  ru?: string;
  zh?: string;
}

export const countries = [
  {
    iso2: "CN",
    iso3: "CHN",
    name: { en: "China", ru: "Китай", zh: "中国" },
    official: { en: "People's Republic of China", ru: "Китайская Народная Республика", zh: "中华人民共和国" },
    otherNames: ["PRC"],
    demonyms: ["Chinese"],
  },
  {
    iso2: "KZ",
    iso3: "KAZ",
    name: { en: "Kazakhstan", ru: "Казахстан", zh: "哈萨克斯坦" },
    official: { en: "Republic of Kazakhstan", ru: "Республика Казахстан", zh: "哈萨克斯坦共和国" },
    otherNames: [],
    demonyms: ["Kazakh", "Kazakhstani"],
  },
  {
    iso2: "KG",
    iso3: "KGZ",
    name: { en: "Kyrgyzstan", ru: "Киргизия", zh: "吉尔吉斯斯坦" },
    official: { en: "Kyrgyz Republic", ru: "Кыргызская Республика", zh: "吉尔吉斯共和国" },
    otherNames: ["Kyrgyz Republic", "Kirghizia"],
    demonyms: ["Kyrgyz"],
  },
  {
    iso2: "RU",
    iso3: "RUS",
    name: { en: "Russia", ru: "Россия", zh: "俄罗斯" },
    official: { en: "Russian Federation", ru: "Российская Федерация", zh: "俄罗斯联邦" },
    otherNames: ["Russian Federation"],
    demonyms: ["Russian"],
  },
  {
    iso2: "TJ",
    iso3: "TJK",
    name: { en: "Tajikistan", ru: "Таджикистан", zh: "塔吉克斯坦" },
    official: { en: "Republic of Tajikistan", ru: "Республика Таджикистан", zh: "塔吉克斯坦共和国" },
    otherNames: [],
    demonyms: ["Tajik"],
  },
  {
    iso2: "UZ",
    iso3: "UZB",
    name: { en: "Uzbekistan", ru: "Узбекистан", zh: "乌兹别克斯坦" },
    official: { en: "Republic of Uzbekistan", ru: "Республика Узбекистан", zh: "乌兹别克斯坦共和国" },
    otherNames: [],
    demonyms: ["Uzbek"],
  },
  {
    iso2: "IN",
    iso3: "IND",
    name: { en: "India", ru: "Индия", zh: "印度" },
    official: { en: "Republic of India", ru: "Республика Индия", zh: "印度共和国" },
    otherNames: [],
    demonyms: ["Indian"],
  },
  {
    iso2: "PK",
    iso3: "PAK",
    name: { en: "Pakistan", ru: "Пакистан", zh: "巴基斯坦" },
    official: {
      en: "Islamic Republic of Pakistan",
      ru: "Исламская Республика Пакистан",
      zh: "巴基斯坦伊斯兰共和国",
    },
    otherNames: [],
    demonyms: ["Pakistani"],
  },
  {
    iso2: "AF",
    iso3: "AFG",
    name: { en: "Afghanistan", ru: "Афганистан", zh: "阿富汗" },
    official: {
      en: "Islamic Republic of Afghanistan",
      ru: "Исламская Республика Афганистан",
      zh: "阿富汗伊斯兰共和国",
    },
    otherNames: [],
    demonyms: ["Afghan"],
  },
  {
    iso2: "BY",
    iso3: "BLR",
    name: { en: "Belarus", ru: "Белоруссия", zh: "白俄罗斯" },
    official: { en: "Republic of Belarus", ru: "Республика Беларусь", zh: "白俄罗斯共和国" },
    otherNames: ["Byelorussia"],
    demonyms: ["Belarusian"],
  },
  {
    iso2: "IR",
    iso3: "IRN",
    name: { en: "Iran", ru: "Иран", zh: "伊朗" },
    official: { en: "Islamic Republic of Iran", ru: "Исламская Республика Иран", zh: "伊朗伊斯兰共和国" },
    otherNames: [],
    demonyms: ["Iranian"],
  },
  {
    iso2: "MN",
    iso3: "MNG",
    name: { en: "Mongolia", ru: "Монголия", zh: "蒙古国" },
    official: { en: "Mongolia", ru: "Монголия", zh: "蒙古国" },
    otherNames: [],
    demonyms: ["Mongolian"],
  },
  // Issue 12: the CIS, EAEU, CICA and OTS members the reader meets in their releases.
  {
    iso2: "AM",
    iso3: "ARM",
    name: { en: "Armenia", ru: "Армения", zh: "亚美尼亚" },
    official: { en: "Republic of Armenia", ru: "Республика Армения", zh: "亚美尼亚共和国" },
    otherNames: [],
    demonyms: ["Armenian"],
  },
  {
    iso2: "AZ",
    iso3: "AZE",
    name: { en: "Azerbaijan", ru: "Азербайджан", zh: "阿塞拜疆" },
    official: { en: "Republic of Azerbaijan", ru: "Азербайджанская Республика", zh: "阿塞拜疆共和国" },
    otherNames: [],
    demonyms: ["Azerbaijani"],
  },
  {
    iso2: "TM",
    iso3: "TKM",
    name: { en: "Turkmenistan", ru: "Туркменистан", zh: "土库曼斯坦" },
    official: { en: "Turkmenistan", ru: "Туркменистан", zh: "土库曼斯坦" },
    otherNames: ["Turkmenia"],
    demonyms: ["Turkmen"],
  },
  {
    iso2: "TR",
    iso3: "TUR",
    name: { en: "Türkiye", ru: "Турция", zh: "土耳其" },
    official: { en: "Republic of Türkiye", ru: "Турецкая Республика", zh: "土耳其共和国" },
    otherNames: ["Turkey", "Turkiye"],
    demonyms: ["Turkish"],
  },
  {
    iso2: "CU",
    iso3: "CUB",
    name: { en: "Cuba", ru: "Куба", zh: "古巴" },
    official: { en: "Republic of Cuba", ru: "Республика Куба", zh: "古巴共和国" },
    otherNames: [],
    demonyms: ["Cuban"],
  },
  {
    iso2: "HU",
    iso3: "HUN",
    name: { en: "Hungary", ru: "Венгрия", zh: "匈牙利" },
    official: { en: "Hungary", ru: "Венгрия", zh: "匈牙利" },
    otherNames: [],
    demonyms: ["Hungarian"],
  },
  {
    iso2: "QA",
    iso3: "QAT",
    name: { en: "Qatar", ru: "Катар", zh: "卡塔尔" },
    official: { en: "State of Qatar", ru: "Государство Катар", zh: "卡塔尔国" },
    otherNames: [],
    demonyms: ["Qatari"],
  },
  {
    iso2: "MD",
    iso3: "MDA",
    name: { en: "Moldova", ru: "Молдавия", zh: "摩尔多瓦" },
    official: { en: "Republic of Moldova", ru: "Республика Молдова", zh: "摩尔多瓦共和国" },
    otherNames: [],
    demonyms: ["Moldovan"],
  },
] as const;

export type CountryIso2 = (typeof countries)[number]["iso2"];

export const organizations = [
  {
    slug: "shanghai-cooperation-organisation",
    name: {
      en: "Shanghai Cooperation Organisation",
      ru: "Шанхайская организация сотрудничества",
      zh: "上海合作组织",
    },
    abbreviation: { en: "SCO", ru: "ШОС", zh: "上合组织" },
    otherNames: ["Shanghai Cooperation Organization", "Shanghai cooperation organization"],
    classification: "igo",
    parent: null,
    foundingDate: "2001-06-15",
    officialLanguages: ["ru", "zh"],
  },
  {
    slug: "sco-council-of-heads-of-state",
    name: {
      en: "SCO Council of Heads of State",
      ru: "Совет глав государств — членов ШОС",
      zh: "上海合作组织成员国元首理事会",
    },
    abbreviation: { en: "CHS", ru: "СГГ" },
    // "SGG" transliterates the Russian abbreviation СГГ; sources use it, so search and the reader must know it.
    otherNames: ["SGG", "Council of Heads of State", "SCO Council Heads of State"],
    classification: "igo_organ",
    parent: "shanghai-cooperation-organisation",
    foundingDate: null,
    officialLanguages: [],
  },
  {
    slug: "sco-secretariat",
    name: { en: "SCO Secretariat", ru: "Секретариат ШОС", zh: "上海合作组织秘书处" },
    abbreviation: null,
    otherNames: ["Secretariat of the Shanghai Cooperation Organisation"],
    classification: "igo_secretariat",
    parent: "shanghai-cooperation-organisation",
    foundingDate: null,
    officialLanguages: [],
  },
  {
    slug: "sco-regional-anti-terrorist-structure",
    name: {
      en: "SCO Regional Anti-Terrorist Structure",
      ru: "Региональная антитеррористическая структура ШОС",
      zh: "上海合作组织地区反恐怖机构",
    },
    abbreviation: { en: "RATS", ru: "РАТС" },
    otherNames: ["Regional Anti-Terrorist Structure", "SCO RATS"],
    classification: "igo_permanent_body",
    parent: "shanghai-cooperation-organisation",
    foundingDate: null,
    officialLanguages: [],
  },
  {
    slug: "sco-rats-executive-committee",
    name: {
      en: "Executive Committee of the SCO Regional Anti-Terrorist Structure",
      ru: "Исполнительный комитет Региональной антитеррористической структуры ШОС",
      zh: "上海合作组织地区反恐怖机构执行委员会",
    },
    abbreviation: null,
    otherNames: ["RATS Executive Committee", "rats Executive Committee"],
    classification: "igo_organ",
    parent: "sco-regional-anti-terrorist-structure",
    foundingDate: null,
    officialLanguages: [],
  },
  {
    slug: "united-nations",
    name: { en: "United Nations", ru: "Организация Объединённых Наций", zh: "联合国" },
    abbreviation: { en: "UN", ru: "ООН", zh: "联合国" },
    otherNames: ["United Nations Organization", "UNO"],
    classification: "igo",
    parent: null,
    foundingDate: "1945-10-24",
    officialLanguages: ["ar", "zh", "en", "fr", "ru", "es"],
  },
  // Issue 12: the other bodies whose releases the reader reads, with the organs that meet at summit level.
  {
    slug: "commonwealth-of-independent-states",
    name: {
      en: "Commonwealth of Independent States",
      ru: "Содружество Независимых Государств",
      zh: "独立国家联合体",
    },
    abbreviation: { en: "CIS", ru: "СНГ", zh: "独联体" },
    otherNames: ["Commonwealth"],
    classification: "igo",
    parent: null,
    foundingDate: "1991-12-08",
    officialLanguages: ["ru"],
  },
  {
    slug: "cis-council-of-heads-of-state",
    name: {
      en: "CIS Council of Heads of State",
      ru: "Совет глав государств СНГ",
      zh: "独联体国家元首理事会",
    },
    abbreviation: null,
    otherNames: [
      "Council of CIS Heads of State",
      "CIS Heads of State Council",
      "Council of Heads of State of the Commonwealth of Independent States",
    ],
    classification: "igo_organ",
    parent: "commonwealth-of-independent-states",
    foundingDate: null,
    officialLanguages: [],
  },
  {
    slug: "eurasian-economic-union",
    name: { en: "Eurasian Economic Union", ru: "Евразийский экономический союз", zh: "欧亚经济联盟" },
    abbreviation: { en: "EAEU", ru: "ЕАЭС", zh: "欧亚经济联盟" },
    otherNames: ["EEU", "Eurasian Union"],
    classification: "igo",
    parent: null,
    foundingDate: "2015-01-01",
    officialLanguages: ["ru"],
  },
  {
    slug: "supreme-eurasian-economic-council",
    name: {
      en: "Supreme Eurasian Economic Council",
      ru: "Высший Евразийский экономический совет",
      zh: "最高欧亚经济委员会",
    },
    abbreviation: null,
    otherNames: ["SEEC", "Supreme Council of the Eurasian Economic Union"],
    classification: "igo_organ",
    parent: "eurasian-economic-union",
    foundingDate: null,
    officialLanguages: [],
  },
  {
    slug: "eurasian-economic-commission",
    name: {
      en: "Eurasian Economic Commission",
      ru: "Евразийская экономическая комиссия",
      zh: "欧亚经济委员会",
    },
    abbreviation: { en: "EEC", ru: "ЕЭК" },
    otherNames: [],
    classification: "igo_organ",
    parent: "eurasian-economic-union",
    foundingDate: "2012-02-02",
    officialLanguages: [],
  },
  {
    slug: "conference-on-interaction-and-confidence-building-measures-in-asia",
    name: {
      en: "Conference on Interaction and Confidence-Building Measures in Asia",
      ru: "Совещание по взаимодействию и мерам доверия в Азии",
      zh: "亚洲相互协作与信任措施会议",
    },
    abbreviation: { en: "CICA", ru: "СВМДА", zh: "亚信" },
    otherNames: ["Conference on Interaction and Confidence Building Measures in Asia"],
    classification: "igo",
    parent: null,
    foundingDate: null,
    officialLanguages: [],
  },
  {
    slug: "cica-summit",
    name: { en: "CICA Summit", ru: "Саммит СВМДА", zh: "亚信峰会" },
    abbreviation: null,
    otherNames: [],
    classification: "igo_organ",
    parent: "conference-on-interaction-and-confidence-building-measures-in-asia",
    foundingDate: null,
    officialLanguages: [],
  },
  {
    slug: "organization-of-turkic-states",
    name: { en: "Organization of Turkic States", ru: "Организация тюркских государств", zh: "突厥国家组织" },
    abbreviation: { en: "OTS", ru: "ОТГ" },
    otherNames: ["Turkic Council", "Cooperation Council of Turkic Speaking States"],
    classification: "igo",
    parent: null,
    foundingDate: "2009-10-03",
    officialLanguages: [],
  },
  {
    slug: "ots-council-of-heads-of-state",
    name: {
      en: "OTS Council of Heads of State",
      ru: "Совет глав государств ОТГ",
      zh: "突厥国家组织国家元首理事会",
    },
    abbreviation: null,
    otherNames: ["Council of Heads of State of the Organization of Turkic States"],
    classification: "igo_organ",
    parent: "organization-of-turkic-states",
    foundingDate: null,
    officialLanguages: [],
  },
] as const;

export type OrganizationSlug = (typeof organizations)[number]["slug"];

/** SCO membership on 10 November 2020. Observers' accession dates are not in the source: left unknown. */
export const scoMemberships: {
  country: CountryIso2;
  status: "founding_member" | "member" | "observer";
  startDate: string | null;
}[] = [
  ...(["CN", "KZ", "KG", "RU", "TJ", "UZ"] as const).map((country) => ({
    country,
    status: "founding_member" as const,
    startDate: "2001-06-15",
  })),
  { country: "IN", status: "member", startDate: "2017-06-09" },
  { country: "PK", status: "member", startDate: "2017-06-09" },
  ...(["AF", "BY", "IR", "MN"] as const).map((country) => ({
    country,
    status: "observer" as const,
    startDate: null,
  })),
];

/**
 * Issue 12: memberships in the CIS, the EAEU, CICA and the OTS of the countries above (public facts: the
 * organizations' founding acts and member lists). Turkmenistan has been a CIS associate member since 2005, which
 * the schema records as "member"; CICA accession dates are not in our sources and stay unknown.
 */
export const otherMemberships: {
  organization: OrganizationSlug;
  country: CountryIso2;
  status: "founding_member" | "member" | "observer";
  startDate: string | null;
}[] = [
  ...(["AM", "AZ", "BY", "KZ", "KG", "MD", "RU", "TJ", "UZ"] as const).map((country) => ({
    organization: "commonwealth-of-independent-states" as const,
    country,
    status: "founding_member" as const,
    startDate: "1991-12-21",
  })),
  {
    organization: "commonwealth-of-independent-states",
    country: "TM",
    status: "member",
    startDate: "2005-08-26",
  },
  ...(["BY", "KZ", "RU"] as const).map((country) => ({
    organization: "eurasian-economic-union" as const,
    country,
    status: "founding_member" as const,
    startDate: "2015-01-01",
  })),
  { organization: "eurasian-economic-union", country: "AM", status: "member", startDate: "2015-01-02" },
  { organization: "eurasian-economic-union", country: "KG", status: "member", startDate: "2015-08-12" },
  { organization: "eurasian-economic-union", country: "MD", status: "observer", startDate: "2018-05-14" },
  { organization: "eurasian-economic-union", country: "UZ", status: "observer", startDate: "2020-12-11" },
  { organization: "eurasian-economic-union", country: "CU", status: "observer", startDate: "2020-12-11" },
  ...(["AF", "AZ", "CN", "IN", "IR", "KZ", "KG", "MN", "PK", "QA", "RU", "TJ", "TR", "UZ"] as const).map(
    (country) => ({
      organization: "conference-on-interaction-and-confidence-building-measures-in-asia" as const,
      country,
      status: "member" as const,
      startDate: null,
    }),
  ),
  ...(["BY", "TM"] as const).map((country) => ({
    organization: "conference-on-interaction-and-confidence-building-measures-in-asia" as const,
    country,
    status: "observer" as const,
    startDate: null,
  })),
  ...(["AZ", "KZ", "KG", "TR"] as const).map((country) => ({
    organization: "organization-of-turkic-states" as const,
    country,
    status: "founding_member" as const,
    startDate: "2009-10-03",
  })),
  { organization: "organization-of-turkic-states", country: "UZ", status: "member", startDate: "2019-10-15" },
  {
    organization: "organization-of-turkic-states",
    country: "HU",
    status: "observer",
    startDate: "2018-09-03",
  },
  {
    organization: "organization-of-turkic-states",
    country: "TM",
    status: "observer",
    startDate: "2021-11-12",
  },
];

type PostRole = "head_of_state" | "head_of_government" | "head_of_igo" | "head_of_igo_body";

export interface PostSeed {
  slug: string;
  label: LocalizedTextSeed;
  role: PostRole;
  country?: CountryIso2;
  organization?: OrganizationSlug;
}

const president = (iso2: CountryIso2, en: string, ru: string, zh: string): PostSeed => ({
  slug: `president-of-${en.toLowerCase()}`,
  label: { en: `President of ${en}`, ru: `Президент ${ru}`, zh: `${zh}总统` },
  role: "head_of_state",
  country: iso2,
});
const primeMinister = (iso2: CountryIso2, en: string, ru: string, zh: string): PostSeed => ({
  slug: `prime-minister-of-${en.toLowerCase()}`,
  label: { en: `Prime Minister of ${en}`, ru: `Премьер-министр ${ru}`, zh: `${zh}总理` },
  role: "head_of_government",
  country: iso2,
});

export const posts: PostSeed[] = [
  primeMinister("IN", "India", "Индии", "印度"),
  president("KZ", "Kazakhstan", "Казахстана", "哈萨克斯坦"),
  {
    slug: "president-of-china",
    label: { en: "President of China", ru: "Председатель КНР", zh: "中华人民共和国主席" },
    role: "head_of_state",
    country: "CN",
  },
  {
    slug: "prime-minister-of-kyrgyzstan",
    label: {
      en: "Prime Minister of Kyrgyzstan",
      ru: "Председатель Кабинета министров Киргизии",
      zh: "吉尔吉斯斯坦总理",
    },
    role: "head_of_government",
    country: "KG",
  },
  primeMinister("PK", "Pakistan", "Пакистана", "巴基斯坦"),
  president("RU", "Russia", "России", "俄罗斯"),
  president("TJ", "Tajikistan", "Таджикистана", "塔吉克斯坦"),
  president("UZ", "Uzbekistan", "Узбекистана", "乌兹别克斯坦"),
  {
    slug: "secretary-general-of-the-sco",
    label: { en: "Secretary-General of the SCO", ru: "Генеральный секретарь ШОС", zh: "上海合作组织秘书长" },
    role: "head_of_igo",
    organization: "shanghai-cooperation-organisation",
  },
  {
    slug: "director-of-the-sco-rats-executive-committee",
    label: {
      en: "Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure",
      ru: "Директор Исполнительного комитета РАТС ШОС",
      zh: "上海合作组织地区反恐怖机构执行委员会主任",
    },
    role: "head_of_igo_body",
    organization: "sco-rats-executive-committee",
  },
  president("AF", "Afghanistan", "Афганистана", "阿富汗"),
  primeMinister("BY", "Belarus", "Белоруссии", "白俄罗斯"),
  president("IR", "Iran", "Ирана", "伊朗"),
  president("MN", "Mongolia", "Монголии", "蒙古国"),
  {
    slug: "secretary-general-of-the-united-nations",
    label: {
      en: "Secretary-General of the United Nations",
      ru: "Генеральный секретарь ООН",
      zh: "联合国秘书长",
    },
    role: "head_of_igo",
    organization: "united-nations",
  },
];

export interface PersonSeed {
  slug: string;
  name: LocalizedTextSeed;
  givenName: string | null;
  familyName: string | null;
  sortName: string;
  /** Spellings seen in sources (transliterations, slips), kept so that search and the reader find the person. */
  otherNames: { name: string; lang?: string; note?: string }[];
  /** The post held at the first record's meeting; dates unknown, so the occupancy's dates stay null. */
  post: string;
}

export const people: PersonSeed[] = [
  {
    slug: "narendra-modi",
    name: { en: "Narendra Modi", ru: "Нарендра Моди", zh: "纳伦德拉·莫迪" },
    givenName: "Narendra",
    familyName: "Modi",
    sortName: "Modi, Narendra",
    otherNames: [],
    post: "prime-minister-of-india",
  },
  {
    slug: "kassym-jomart-tokayev",
    name: { en: "Kassym-Jomart Tokayev", ru: "Касым-Жомарт Токаев", zh: "卡瑟姆-若马尔特·托卡耶夫" },
    givenName: "Kassym-Jomart",
    familyName: "Tokayev",
    sortName: "Tokayev, Kassym-Jomart",
    otherNames: [{ name: "Kassym-Jomart Tokaev", lang: "en", note: "transliteration" }],
    post: "president-of-kazakhstan",
  },
  {
    slug: "xi-jinping",
    name: { en: "Xi Jinping", ru: "Си Цзиньпин", zh: "习近平" },
    givenName: "Jinping",
    familyName: "Xi",
    sortName: "Xi Jinping",
    otherNames: [{ name: "XI Jinping", lang: "en", note: "capitalization in source" }],
    post: "president-of-china",
  },
  {
    slug: "sadyr-japarov",
    name: { en: "Sadyr Japarov", ru: "Садыр Жапаров", zh: "萨德尔·扎帕罗夫" },
    givenName: "Sadyr",
    familyName: "Japarov",
    sortName: "Japarov, Sadyr",
    otherNames: [{ name: "Sadyr Zhaparov", lang: "en", note: "transliteration from Russian" }],
    post: "prime-minister-of-kyrgyzstan",
  },
  {
    slug: "imran-khan",
    name: { en: "Imran Khan", ru: "Имран Хан", zh: "伊姆兰·汗" },
    givenName: "Imran",
    familyName: "Khan",
    sortName: "Khan, Imran",
    otherNames: [],
    post: "prime-minister-of-pakistan",
  },
  {
    slug: "vladimir-putin",
    name: { en: "Vladimir Putin", ru: "Владимир Путин", zh: "弗拉基米尔·普京" },
    givenName: "Vladimir",
    familyName: "Putin",
    sortName: "Putin, Vladimir",
    otherNames: [],
    post: "president-of-russia",
  },
  {
    slug: "emomali-rahmon",
    name: { en: "Emomali Rahmon", ru: "Эмомали Рахмон", zh: "埃莫马利·拉赫蒙" },
    givenName: "Emomali",
    familyName: "Rahmon",
    sortName: "Rahmon, Emomali",
    otherNames: [],
    post: "president-of-tajikistan",
  },
  {
    slug: "shavkat-mirziyoyev",
    name: { en: "Shavkat Mirziyoyev", ru: "Шавкат Мирзиёев", zh: "沙夫卡特·米尔济约耶夫" },
    givenName: "Shavkat",
    familyName: "Mirziyoyev",
    sortName: "Mirziyoyev, Shavkat",
    otherNames: [],
    post: "president-of-uzbekistan",
  },
  {
    slug: "vladimir-norov",
    name: { en: "Vladimir Norov", ru: "Владимир Норов", zh: "弗拉基米尔·诺罗夫" },
    givenName: "Vladimir",
    familyName: "Norov",
    sortName: "Norov, Vladimir",
    otherNames: [],
    post: "secretary-general-of-the-sco",
  },
  {
    slug: "jumakhon-giyosov",
    name: { en: "Jumakhon Giyosov", ru: "Джумахон Гиёсов", zh: "朱马洪·吉约索夫" },
    givenName: "Jumakhon",
    familyName: "Giyosov",
    sortName: "Giyosov, Jumakhon",
    otherNames: [{ name: "Jumakhon Gijesov", lang: "en", note: "misspelling in source" }],
    post: "director-of-the-sco-rats-executive-committee",
  },
  {
    slug: "ashraf-ghani",
    name: { en: "Ashraf Ghani", ru: "Ашраф Гани", zh: "阿什拉夫·加尼" },
    givenName: "Ashraf",
    familyName: "Ghani",
    sortName: "Ghani, Ashraf",
    otherNames: [],
    post: "president-of-afghanistan",
  },
  {
    slug: "roman-golovchenko",
    name: { en: "Roman Golovchenko", ru: "Роман Головченко", zh: "罗曼·戈洛夫琴科" },
    givenName: "Roman",
    familyName: "Golovchenko",
    sortName: "Golovchenko, Roman",
    otherNames: [],
    post: "prime-minister-of-belarus",
  },
  {
    slug: "hassan-rouhani",
    name: { en: "Hassan Rouhani", ru: "Хасан Роухани", zh: "哈桑·鲁哈尼" },
    givenName: "Hassan",
    familyName: "Rouhani",
    sortName: "Rouhani, Hassan",
    otherNames: [],
    post: "president-of-iran",
  },
  {
    slug: "khaltmaagiin-battulga",
    name: { en: "Khaltmaagiin Battulga", ru: "Халтмаагийн Баттулга", zh: "哈勒特马·巴特图勒嘎" },
    givenName: "Battulga",
    familyName: "Khaltmaagiin",
    sortName: "Battulga, Khaltmaagiin",
    otherNames: [],
    post: "president-of-mongolia",
  },
  {
    slug: "antonio-guterres",
    name: { en: "António Guterres", ru: "Антониу Гутерриш", zh: "安东尼奥·古特雷斯" },
    givenName: "António",
    familyName: "Guterres",
    sortName: "Guterres, António",
    otherNames: [{ name: "Antonio Guterres", lang: "en", note: "without diacritics" }],
    post: "secretary-general-of-the-united-nations",
  },
];

export const topics: { slug: string; label: LocalizedTextSeed; synonyms: string[] }[] = [
  {
    slug: "politics",
    label: { en: "Politics", ru: "Политика", zh: "政治" },
    synonyms: ["political", "world politics"],
  },
  {
    slug: "security",
    label: { en: "Security", ru: "Безопасность", zh: "安全" },
    synonyms: ["indivisible security", "stability"],
  },
  {
    slug: "trade-and-economy",
    label: { en: "Trade and economy", ru: "Торговля и экономика", zh: "经贸" },
    synonyms: ["trade", "economic", "economy", "economic growth"],
  },
  {
    slug: "cultural-and-humanitarian-cooperation",
    label: {
      en: "Cultural and humanitarian cooperation",
      ru: "Культурно-гуманитарное сотрудничество",
      zh: "人文合作",
    },
    synonyms: ["cultural", "humanitarian", "culture"],
  },
  {
    slug: "covid-19-and-epidemics",
    label: { en: "COVID-19 and epidemics", ru: "COVID-19 и эпидемии", zh: "新冠肺炎与流行病" },
    synonyms: ["coronavirus", "COVID-19", "epidemic", "epidemics", "pandemic"],
  },
  {
    slug: "digital-economy",
    label: { en: "Digital economy", ru: "Цифровая экономика", zh: "数字经济" },
    synonyms: ["digital economy", "digital age"],
  },
  {
    slug: "international-information-security",
    label: {
      en: "International information security",
      ru: "Международная информационная безопасность",
      zh: "国际信息安全",
    },
    synonyms: ["information security", "cybersecurity"],
  },
  {
    slug: "terrorism-separatism-and-extremism",
    label: {
      en: "Terrorism, separatism and extremism",
      ru: "Терроризм, сепаратизм и экстремизм",
      zh: "恐怖主义、分裂主义和极端主义",
    },
    synonyms: ["terrorism", "terrorist", "separatist", "extremist", "extremism", "anti-terrorist"],
  },
  {
    slug: "drug-threat",
    label: { en: "Drug threat", ru: "Наркоугроза", zh: "毒品威胁" },
    synonyms: ["drug", "drugs", "narcotics"],
  },
  {
    slug: "remote-and-rural-development",
    label: {
      en: "Remote and rural development",
      ru: "Развитие отдалённых и сельских территорий",
      zh: "偏远和农村地区发展",
    },
    synonyms: ["rural", "remote territories", "remote and rural"],
  },
];

export type TopicSlug = string;
