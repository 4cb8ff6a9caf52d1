// The main intergovernmental organizations, the bodies of theirs that meet or run them, and their members,
// observers and dialogue partners over time: public facts, each with the source it was taken from. Loaded with
// the countries by `pnpm db:seed:reference`. The organizations the first summit record needs (SCO, UN, CIS, EAEU,
// CICA, OTS and their bodies) come from the seed's own list, so both loads agree on them.
import { organizations as seedOrganizations } from "../seed/reference-data";
import { countryData } from "./countries";

export type MembershipStatus =
  "member" | "founding_member" | "observer" | "dialogue_partner" | "candidate" | "suspended";

// A type, not an interface: it must be assignable to Prisma's JSON values.
export type ReferenceSource = {
  url: string;
  title: string;
};

export interface ReferenceOrganization {
  slug: string;
  name: { en: string; ru?: string; zh?: string };
  abbreviation: { en: string; ru?: string; zh?: string } | null;
  otherNames: readonly string[];
  classification: "igo" | "igo_organ" | "igo_secretariat" | "igo_permanent_body";
  parent: string | null;
  foundingDate: string | null;
  officialLanguages: readonly string[];
  source: ReferenceSource;
}

export interface ReferenceMembership {
  organization: string;
  country: string;
  status: MembershipStatus;
  startDate: string | null;
  endDate: string | null;
  source: ReferenceSource;
}

const S = {
  sco: { url: "https://eng.sectsco.org/", title: "Shanghai Cooperation Organisation: official site" },
  scoMembers: {
    url: "https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation#Membership",
    title: "Shanghai Cooperation Organisation — Membership",
  },
  un: { url: "https://www.un.org/en/about-us/member-states", title: "United Nations: Member States" },
  unObservers: {
    url: "https://www.un.org/en/about-us/non-member-states",
    title: "United Nations: Non-member States",
  },
  cis: { url: "https://e-cis.info/", title: "Commonwealth of Independent States: Executive Committee" },
  cisMembers: {
    url: "https://en.wikipedia.org/wiki/Commonwealth_of_Independent_States#Membership",
    title: "Commonwealth of Independent States — Membership",
  },
  eaeu: { url: "https://eaeunion.org/", title: "Eurasian Economic Union: official site" },
  eurasec: {
    url: "https://en.wikipedia.org/wiki/Eurasian_Economic_Community",
    title: "Eurasian Economic Community (2000–2014) — Membership",
  },
  cica: { url: "https://www.s-cica.org/", title: "CICA: official site (member states)" },
  ots: { url: "https://www.turkicstates.org/", title: "Organization of Turkic States: official site" },
  brics: {
    url: "https://en.wikipedia.org/wiki/BRICS#Member_countries",
    title: "BRICS — Member countries and partner countries",
  },
  csto: {
    url: "https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization#Membership",
    title: "Collective Security Treaty Organization — Membership",
  },
  asean: { url: "https://asean.org/member-states/", title: "ASEAN: Member States" },
  aseanTl: {
    url: "https://en.wikipedia.org/wiki/Timor-Leste_and_ASEAN",
    title: "Timor-Leste and ASEAN (admitted at the 47th ASEAN Summit, 26 October 2025)",
  },
  g20: { url: "https://en.wikipedia.org/wiki/G20#Members", title: "G20 — Members" },
  eu: {
    url: "https://european-union.europa.eu/principles-countries-history/eu-countries_en",
    title: "European Union: EU countries (year of entry)",
  },
  euCandidates: {
    url: "https://enlargement.ec.europa.eu/enlargement-policy/overview_en",
    title: "European Commission: EU enlargement — candidate countries",
  },
  brexit: {
    url: "https://en.wikipedia.org/wiki/Brexit",
    title: "Brexit: the United Kingdom left the EU on 31 January 2020",
  },
  au: { url: "https://au.int/en/member_states/countryprofiles2", title: "African Union: Member States" },
  auSuspensions: {
    url: "https://en.wikipedia.org/wiki/Member_states_of_the_African_Union#Suspended_members",
    title: "Member states of the African Union — Suspended members",
  },
  gcc: {
    url: "https://en.wikipedia.org/wiki/Gulf_Cooperation_Council#Membership",
    title: "Gulf Cooperation Council — Membership",
  },
  arabLeague: {
    url: "https://en.wikipedia.org/wiki/Member_states_of_the_Arab_League",
    title: "Member states of the Arab League (admission dates; temporary suspensions)",
  },
  arabLeagueEgypt: {
    url: "https://en.wikipedia.org/wiki/1978_Arab_League_summit",
    title: "1978 Arab League summit: Egypt expelled at Baghdad on 31 March 1979, back on 23 May 1989",
  },
  arabLeagueSyria: {
    url: "https://www.newsmax.com/newsfront/syria-arab-egypt-saudi-qatar-jordan/2023/05/07/id/1118881/",
    title: "Arab League votes to restore Syria's membership (7 May 2023; suspended since 2011)",
  },
  arabLeagueObservers: {
    url: "https://www.arabamerica.com/arab-league-observer-states-diaspora-language-and-the-global-reach-of-the-arab-world",
    title: "Arab League observer states, with the year each was admitted",
  },
  oic: {
    url: "https://us.sis.gov.eg/Story/178316/The-Organization-of-Islamic-Cooperation?lang=en-us",
    title:
      "Egypt State Information Service: The Organization of Islamic Cooperation (members and observers, year of joining)",
  },
  oicRenaming: {
    url: "http://www.oic-oci.org/topic/?lan=en&t_id=5453",
    title: "OIC: the Council of Foreign Ministers in Astana renames the Organisation (28 June 2011)",
  },
  oicRussia: {
    url: "http://russiancouncil.ru/analytics-and-comments/analytics/organizatsiya-islamskogo-sotrudnichestva-prioritety-i-politi/",
    title: "РСМД: Россия — наблюдатель в ОИС с конференции министров в Сане, июнь 2005 г.",
  },
  oicMembers: {
    url: "https://en.wikipedia.org/wiki/Member_states_of_the_Organisation_of_Islamic_Cooperation",
    title:
      "Member states of the Organisation of Islamic Cooperation (Afghanistan and Egypt suspended for a time)",
  },
  oicSyria: {
    url: "https://www.dailysabah.com/politics/diplomacy/syrias-oic-membership-restored-after-turkiye-backed-initiative",
    title:
      "Syria's OIC membership, suspended at the Mecca summit of 14–15 August 2012, restored on 7 March 2025",
  },
  eco: {
    url: "https://www.mfa.tj/en/main/view/194/tajikistan-and-economic-cooperation-organization-eco",
    title: "Tajikistan MFA: Economic Cooperation Organization (founded 1985; enlarged on 28 November 1992)",
  },
  guam: {
    url: "https://guam-organization.org/en/about-the-organization-for-democracy-and-economic-development-guam/",
    title: "GUAM: about the Organization (forum of 10 October 1997; Organization established 23 May 2006)",
  },
  guamUzbekistan: {
    url: "https://en.wikipedia.org/wiki/GUAM_Organization_for_Democracy_and_Economic_Development",
    title: "GUAM Organization for Democracy and Economic Development — Uzbekistan a member from 1999 to 2005",
  },
  saarc: {
    url: "https://en.wikipedia.org/wiki/South_Asian_Association_for_Regional_Cooperation",
    title: "South Asian Association for Regional Cooperation — Members and observers",
  },
  saarcZh: {
    url: "http://intl.ce.cn/zhuanti/data/nm/index.shtml",
    title: "中国经济网: 南亚区域合作联盟(南盟) (members and nine observers)",
  },
} satisfies Record<string, ReferenceSource>;

const seedSources: Record<string, ReferenceSource> = {
  "shanghai-cooperation-organisation": S.sco,
  "united-nations": S.un,
  "commonwealth-of-independent-states": S.cis,
  "eurasian-economic-union": S.eaeu,
  "conference-on-interaction-and-confidence-building-measures-in-asia": S.cica,
  "organization-of-turkic-states": S.ots,
};

const fromSeed: ReferenceOrganization[] = seedOrganizations.map((organization) => {
  let root: string = organization.slug;
  for (let parent: string | null = organization.parent; parent;) {
    root = parent;
    parent = seedOrganizations.find((candidate) => candidate.slug === parent)?.parent ?? null;
  }
  return {
    ...organization,
    abbreviation: organization.abbreviation ?? null,
    source: seedSources[root] ?? S.un,
  };
});

const org = (
  slug: string,
  name: ReferenceOrganization["name"],
  abbreviation: ReferenceOrganization["abbreviation"],
  classification: ReferenceOrganization["classification"],
  parent: string | null,
  foundingDate: string | null,
  source: ReferenceSource,
  otherNames: string[] = [],
  officialLanguages: string[] = [],
): ReferenceOrganization => ({
  slug,
  name,
  abbreviation,
  otherNames,
  classification,
  parent,
  foundingDate,
  officialLanguages,
  source,
});

export const referenceOrganizations: readonly ReferenceOrganization[] = [
  ...fromSeed,
  // The Eurasian Economic Community (treaty of 10 October 2000, wound up on 1 January 2015 when the Eurasian Economic
  // Union took over) and its Interstate Council, which met at the level of heads of state and of government.
  org(
    "eurasian-economic-community",
    { en: "Eurasian Economic Community", ru: "Евразийское экономическое сообщество", zh: "欧亚经济共同体" },
    { en: "EurAsEC", ru: "ЕврАзЭС" },
    "igo",
    null,
    "2000-10-10",
    S.eurasec,
    ["EAEC", "EvrAzES"],
    ["ru"],
  ),
  org(
    "eurasec-interstate-council",
    { en: "EurAsEC Interstate Council", ru: "Межгосударственный совет ЕврАзЭС" },
    null,
    "igo_organ",
    "eurasian-economic-community",
    null,
    S.eurasec,
    ["Interstate Council of the Eurasian Economic Community"],
  ),
  org(
    "un-general-assembly",
    { en: "United Nations General Assembly", ru: "Генеральная Ассамблея ООН", zh: "联合国大会" },
    { en: "UNGA" },
    "igo_organ",
    "united-nations",
    "1946-01-10",
    S.un,
    ["General Assembly"],
  ),
  org(
    "un-security-council",
    { en: "United Nations Security Council", ru: "Совет Безопасности ООН", zh: "联合国安全理事会" },
    { en: "UNSC" },
    "igo_organ",
    "united-nations",
    "1946-01-17",
    S.un,
    ["Security Council"],
  ),
  org(
    "un-economic-and-social-council",
    {
      en: "United Nations Economic and Social Council",
      ru: "Экономический и Социальный Совет ООН",
      zh: "联合国经济及社会理事会",
    },
    { en: "ECOSOC" },
    "igo_organ",
    "united-nations",
    "1946-01-23",
    S.un,
  ),
  org(
    "un-secretariat",
    { en: "United Nations Secretariat", ru: "Секретариат ООН", zh: "联合国秘书处" },
    null,
    "igo_secretariat",
    "united-nations",
    null,
    S.un,
  ),
  org("brics", { en: "BRICS", ru: "БРИКС", zh: "金砖国家" }, null, "igo", null, "2009-06-16", S.brics, [
    "BRICS group",
    "BRIC",
  ]),
  org(
    "csto",
    {
      en: "Collective Security Treaty Organization",
      ru: "Организация Договора о коллективной безопасности",
      zh: "集体安全条约组织",
    },
    { en: "CSTO", ru: "ОДКБ" },
    "igo",
    null,
    "2002-10-07",
    S.csto,
    ["Collective Security Treaty Organisation"],
    ["ru"],
  ),
  org(
    "csto-collective-security-council",
    { en: "CSTO Collective Security Council", ru: "Совет коллективной безопасности ОДКБ" },
    null,
    "igo_organ",
    "csto",
    null,
    S.csto,
    ["Collective Security Council"],
  ),
  org(
    "csto-secretariat",
    { en: "CSTO Secretariat", ru: "Секретариат ОДКБ" },
    null,
    "igo_secretariat",
    "csto",
    null,
    S.csto,
  ),
  org(
    "asean",
    {
      en: "Association of Southeast Asian Nations",
      ru: "Ассоциация государств Юго-Восточной Азии",
      zh: "东南亚国家联盟",
    },
    { en: "ASEAN", ru: "АСЕАН", zh: "东盟" },
    "igo",
    null,
    "1967-08-08",
    S.asean,
    [],
    ["en"],
  ),
  org(
    "asean-summit",
    { en: "ASEAN Summit", ru: "Саммит АСЕАН", zh: "东盟峰会" },
    null,
    "igo_organ",
    "asean",
    null,
    S.asean,
  ),
  org(
    "asean-secretariat",
    { en: "ASEAN Secretariat", ru: "Секретариат АСЕАН", zh: "东盟秘书处" },
    null,
    "igo_secretariat",
    "asean",
    "1976-02-24",
    S.asean,
  ),
  org(
    "g20",
    { en: "Group of Twenty", ru: "Группа двадцати", zh: "二十国集团" },
    { en: "G20", ru: "G20", zh: "G20" },
    "igo",
    null,
    "1999-09-26",
    S.g20,
    ["G-20", "Group of 20"],
  ),
  org(
    "european-union",
    { en: "European Union", ru: "Европейский союз", zh: "欧洲联盟" },
    { en: "EU", ru: "ЕС", zh: "欧盟" },
    "igo",
    null,
    "1993-11-01",
    S.eu,
  ),
  org(
    "european-council",
    { en: "European Council", ru: "Европейский совет", zh: "欧洲理事会" },
    null,
    "igo_organ",
    "european-union",
    null,
    S.eu,
  ),
  org(
    "council-of-the-european-union",
    { en: "Council of the European Union", ru: "Совет Европейского союза", zh: "欧洲联盟理事会" },
    null,
    "igo_organ",
    "european-union",
    null,
    S.eu,
  ),
  org(
    "european-commission",
    { en: "European Commission", ru: "Европейская комиссия", zh: "欧盟委员会" },
    null,
    "igo_permanent_body",
    "european-union",
    null,
    S.eu,
  ),
  org(
    "african-union",
    { en: "African Union", ru: "Африканский союз", zh: "非洲联盟" },
    { en: "AU", ru: "АС", zh: "非盟" },
    "igo",
    null,
    "2002-07-09",
    S.au,
  ),
  org(
    "au-assembly",
    { en: "Assembly of the African Union", ru: "Ассамблея Африканского союза" },
    null,
    "igo_organ",
    "african-union",
    null,
    S.au,
    ["AU Assembly"],
  ),
  org(
    "african-union-commission",
    { en: "African Union Commission", ru: "Комиссия Африканского союза" },
    { en: "AUC" },
    "igo_secretariat",
    "african-union",
    null,
    S.au,
  ),
  org(
    "gulf-cooperation-council",
    {
      en: "Gulf Cooperation Council",
      ru: "Совет сотрудничества арабских государств Персидского залива",
      zh: "海湾阿拉伯国家合作委员会",
    },
    { en: "GCC", ru: "ССАГПЗ", zh: "海合会" },
    "igo",
    null,
    "1981-05-25",
    S.gcc,
    ["Cooperation Council for the Arab States of the Gulf"],
    ["ar"],
  ),
  org(
    "gcc-supreme-council",
    { en: "GCC Supreme Council" },
    null,
    "igo_organ",
    "gulf-cooperation-council",
    null,
    S.gcc,
  ),
  org(
    "gcc-secretariat-general",
    { en: "GCC Secretariat General" },
    null,
    "igo_secretariat",
    "gulf-cooperation-council",
    null,
    S.gcc,
  ),
  // The League of Arab States (Pact of Cairo, 22 March 1945). Its Council meets at the level of heads of state as
  // the Arab League summit; the General Secretariat in Cairo (in Tunis 1979–1990) runs it.
  org(
    "league-of-arab-states",
    { en: "League of Arab States", ru: "Лига арабских государств", zh: "阿拉伯国家联盟" },
    { en: "LAS", ru: "ЛАГ", zh: "阿盟" },
    "igo",
    null,
    "1945-03-22",
    S.arabLeague,
    ["Arab League"],
    ["ar"],
  ),
  org(
    "arab-league-summit",
    { en: "Council of the League of Arab States at the Summit Level" },
    null,
    "igo_organ",
    "league-of-arab-states",
    null,
    S.arabLeague,
    ["Arab League Summit", "Arab Summit"],
  ),
  org(
    "arab-league-general-secretariat",
    { en: "General Secretariat of the League of Arab States" },
    null,
    "igo_secretariat",
    "league-of-arab-states",
    null,
    S.arabLeague,
    ["Arab League General Secretariat", "Arab League Secretariat"],
  ),
  // The Organisation of Islamic Cooperation, founded at the Rabat summit of 25 September 1969 as the Organisation of
  // the Islamic Conference and renamed on 28 June 2011: releases before then use the old name. Its supreme body is
  // the Islamic Summit of heads of state and government; the General Secretariat sits in Jeddah.
  org(
    "organisation-of-islamic-cooperation",
    {
      en: "Organisation of Islamic Cooperation",
      ru: "Организация исламского сотрудничества",
      zh: "伊斯兰合作组织",
    },
    { en: "OIC", ru: "ОИС" },
    "igo",
    null,
    "1969-09-25",
    S.oicRenaming,
    [
      "Organization of Islamic Cooperation",
      "Organisation of the Islamic Conference",
      "Organization of the Islamic Conference",
    ],
    ["ar", "en", "fr"],
  ),
  org(
    "islamic-summit",
    { en: "Islamic Summit" },
    null,
    "igo_organ",
    "organisation-of-islamic-cooperation",
    null,
    S.oicRenaming,
    ["OIC Summit", "Islamic Summit Conference"],
  ),
  org(
    "oic-general-secretariat",
    { en: "OIC General Secretariat" },
    null,
    "igo_secretariat",
    "organisation-of-islamic-cooperation",
    null,
    S.oicRenaming,
    ["General Secretariat of the Organisation of Islamic Cooperation"],
  ),
  // The Economic Cooperation Organization, set up in 1985 by Iran, Pakistan and Turkey (the successor of the
  // Regional Cooperation for Development); its founding day is not on the sources found, so only the year is kept.
  // Secretariat in Tehran; English its official language.
  org(
    "economic-cooperation-organization",
    {
      en: "Economic Cooperation Organization",
      ru: "Организация экономического сотрудничества",
      zh: "经济合作组织",
    },
    { en: "ECO" },
    "igo",
    null,
    "1985",
    S.eco,
    ["Economic Cooperation Organisation"],
    ["en"],
  ),
  org(
    "eco-summit",
    { en: "ECO Summit" },
    null,
    "igo_organ",
    "economic-cooperation-organization",
    null,
    S.eco,
    ["Summit of the Economic Cooperation Organization"],
  ),
  org(
    "eco-secretariat",
    { en: "ECO Secretariat" },
    null,
    "igo_secretariat",
    "economic-cooperation-organization",
    null,
    S.eco,
  ),
  // GUAM: a consultative forum of Georgia, Ukraine, Azerbaijan and Moldova from 10 October 1997 (GUUAM while
  // Uzbekistan belonged), an organization under the Charter signed at the Kyiv summit of 23 May 2006. Its Council meets
  // at the level of heads of state as the GUAM summit; the Secretariat is in Kyiv. No official language is recorded: the
  // organization's pages found name none, and only a copy of Wikipedia's infobox gives one (Russian until 2014,
  // English since).
  org(
    "guam",
    {
      en: "Organization for Democracy and Economic Development – GUAM",
      ru: "Организация за демократию и экономическое развитие – ГУАМ",
      zh: "古阿姆民主与经济发展组织",
    },
    { en: "GUAM", ru: "ГУАМ", zh: "古阿姆" },
    "igo",
    null,
    "1997-10-10",
    S.guam,
    ["GUAM Organization for Democracy and Economic Development", "ODED-GUAM", "GUUAM"],
  ),
  org("guam-summit", { en: "GUAM Summit" }, null, "igo_organ", "guam", null, S.guam, [
    "GUAM Council of Heads of State",
  ]),
  // Set up by decision of the Kyiv summit of 2006; the day it started work is not on the sources found.
  org("guam-secretariat", { en: "GUAM Secretariat" }, null, "igo_secretariat", "guam", null, S.guam),
  // SAARC, founded at the Dhaka summit of 8 December 1985. Its Secretariat opened in Kathmandu in January 1987
  // (the pages found disagree on the 16th or the 17th, so only the month is kept).
  org(
    "saarc",
    { en: "South Asian Association for Regional Cooperation", zh: "南亚区域合作联盟" },
    { en: "SAARC", ru: "СААРК", zh: "南盟" },
    "igo",
    null,
    "1985-12-08",
    S.saarc,
    [],
    ["en"],
  ),
  org("saarc-summit", { en: "SAARC Summit" }, null, "igo_organ", "saarc", null, S.saarc),
  org("saarc-secretariat", { en: "SAARC Secretariat" }, null, "igo_secretariat", "saarc", "1987-01", S.saarc),
];

const many = (
  organization: string,
  countries: readonly string[],
  status: MembershipStatus,
  startDate: string | null,
  source: ReferenceSource,
  endDate: string | null = null,
): ReferenceMembership[] =>
  countries.map((country) => ({ organization, country, status, startDate, endDate, source }));

const one = (
  organization: string,
  country: string,
  status: MembershipStatus,
  startDate: string | null,
  endDate: string | null,
  source: ReferenceSource,
): ReferenceMembership => ({ organization, country, status, startDate, endDate, source });

const SCO = "shanghai-cooperation-organisation";
const CIS = "commonwealth-of-independent-states";
const EAEU = "eurasian-economic-union";
const EURASEC = "eurasian-economic-community";
const CICA = "conference-on-interaction-and-confidence-building-measures-in-asia";
const OTS = "organization-of-turkic-states";
const LAS = "league-of-arab-states";
const OIC = "organisation-of-islamic-cooperation";
const ECO = "economic-cooperation-organization";

/** UN members as world-countries records them (the Holy See, which it marks too, is an observer state). */
const unMembers = countryData.countries
  .filter((country) => country.unMember && country.iso2 !== "VA")
  .map((country) => country.iso2);

/** African Union members at its founding: every African UN member but Morocco (rejoined 2017) and South Sudan (independent 2011), and the Sahrawi Republic. */
const auFounders = [
  ...countryData.countries
    .filter(
      (country) => country.region === "Africa" && country.unMember && !["MA", "SS"].includes(country.iso2),
    )
    .map((country) => country.iso2),
  "EH",
];

export const referenceMemberships: readonly ReferenceMembership[] = [
  // SCO
  ...many(SCO, ["CN", "KZ", "KG", "RU", "TJ", "UZ"], "founding_member", "2001-06-15", S.scoMembers),
  ...many(SCO, ["IN", "PK"], "member", "2017-06-09", S.scoMembers),
  one(SCO, "IR", "member", "2023-07-04", null, S.scoMembers),
  one(SCO, "BY", "member", "2024-07-04", null, S.scoMembers),
  one(SCO, "MN", "observer", "2004-06-17", null, S.scoMembers),
  one(SCO, "IN", "observer", "2005-07-05", "2017-06-09", S.scoMembers),
  one(SCO, "PK", "observer", "2005-07-05", "2017-06-09", S.scoMembers),
  one(SCO, "IR", "observer", "2005-07-05", "2023-07-04", S.scoMembers),
  one(SCO, "AF", "observer", "2012-06-07", null, S.scoMembers),
  one(SCO, "BY", "observer", "2015-07-10", "2024-07-04", S.scoMembers),
  one(SCO, "BY", "dialogue_partner", "2009-06-16", "2015-07-10", S.scoMembers),
  one(SCO, "LK", "dialogue_partner", "2009-06-16", null, S.scoMembers),
  one(SCO, "TR", "dialogue_partner", "2012-06-07", null, S.scoMembers),
  ...many(SCO, ["AZ", "AM", "KH", "NP"], "dialogue_partner", "2015-07-10", S.scoMembers),
  ...many(SCO, ["EG", "QA", "SA"], "dialogue_partner", "2022-09-16", S.scoMembers),
  ...many(SCO, ["BH", "MV", "AE", "KW", "MM"], "dialogue_partner", "2023-07-04", S.scoMembers),
  one(SCO, "LA", "dialogue_partner", "2024-07-04", null, S.scoMembers),
  // UN
  ...many("united-nations", unMembers, "member", null, S.un),
  one("united-nations", "VA", "observer", "1964-04-06", null, S.unObservers),
  one("united-nations", "PS", "observer", "2012-11-29", null, S.unObservers),
  // CIS (Turkmenistan an associate member since 2005, recorded as member; Georgia left in 2009, Ukraine in 2018)
  ...many(
    CIS,
    ["AM", "AZ", "BY", "KZ", "KG", "MD", "RU", "TJ", "UZ"],
    "founding_member",
    "1991-12-21",
    S.cisMembers,
  ),
  one(CIS, "TM", "founding_member", "1991-12-21", "2005-08-26", S.cisMembers),
  one(CIS, "TM", "member", "2005-08-26", null, S.cisMembers),
  one(CIS, "GE", "member", "1993-12-03", "2009-08-18", S.cisMembers),
  one(CIS, "UA", "founding_member", "1991-12-08", "2018-05-19", S.cisMembers),
  // EAEU
  ...many(EAEU, ["BY", "KZ", "RU"], "founding_member", "2015-01-01", S.eaeu),
  one(EAEU, "AM", "member", "2015-01-02", null, S.eaeu),
  // EurAsEC: its five founders from the treaty's entry into force until the Community ended; Uzbekistan from 2006
  // until it suspended its membership in 2008; Moldova and Ukraine observers from 2002, Armenia from 2003.
  ...many(EURASEC, ["BY", "KZ", "KG", "RU", "TJ"], "founding_member", "2001-05-30", S.eurasec, "2015-01-01"),
  one(EURASEC, "UZ", "member", "2006-01-25", "2008-11-12", S.eurasec),
  ...many(EURASEC, ["MD", "UA"], "observer", "2002-05-31", S.eurasec, "2015-01-01"),
  one(EURASEC, "AM", "observer", "2003-01-14", "2015-01-01", S.eurasec),
  one(EAEU, "KG", "member", "2015-08-12", null, S.eaeu),
  one(EAEU, "MD", "observer", "2018-05-14", null, S.eaeu),
  one(EAEU, "UZ", "observer", "2020-12-11", null, S.eaeu),
  one(EAEU, "CU", "observer", "2020-12-11", null, S.eaeu),
  one(EAEU, "IR", "observer", "2024-12-26", null, S.eaeu),
  // CICA (accession dates are not on the member list: unknown, bar Kuwait's at the 2022 summit)
  ...many(
    CICA,
    [
      "AF",
      "AZ",
      "BH",
      "BD",
      "KH",
      "CN",
      "EG",
      "IN",
      "IR",
      "IQ",
      "IL",
      "JO",
      "KZ",
      "KG",
      "MN",
      "PK",
      "PS",
      "QA",
      "KR",
      "RU",
      "LK",
      "TJ",
      "TH",
      "TR",
      "AE",
      "UZ",
      "VN",
    ],
    "member",
    null,
    S.cica,
  ),
  one(CICA, "KW", "member", "2022-10-13", null, S.cica),
  ...many(CICA, ["BY", "TM"], "observer", null, S.cica),
  // OTS
  ...many(OTS, ["AZ", "KZ", "KG", "TR"], "founding_member", "2009-10-03", S.ots),
  one(OTS, "UZ", "member", "2019-10-15", null, S.ots),
  one(OTS, "HU", "observer", "2018-09-03", null, S.ots),
  one(OTS, "TM", "observer", "2021-11-12", null, S.ots),
  // BRICS (partner countries recorded as dialogue partners)
  ...many("brics", ["BR", "RU", "IN", "CN"], "founding_member", "2009-06-16", S.brics),
  one("brics", "ZA", "member", "2010-12-24", null, S.brics),
  ...many("brics", ["EG", "ET", "IR", "AE"], "member", "2024-01-01", S.brics),
  one("brics", "ID", "member", "2025-01-06", null, S.brics),
  ...many(
    "brics",
    ["BY", "BO", "KZ", "CU", "MY", "TH", "UG", "UZ"],
    "dialogue_partner",
    "2025-01-01",
    S.brics,
  ),
  one("brics", "NG", "dialogue_partner", "2025-01-17", null, S.brics),
  one("brics", "VN", "dialogue_partner", "2025-06-13", null, S.brics),
  // CSTO (the organization since 2002; Uzbekistan a member again from 2006 until it left in 2012)
  ...many("csto", ["AM", "BY", "KZ", "KG", "RU", "TJ"], "founding_member", "2002-10-07", S.csto),
  one("csto", "UZ", "member", "2006-08-16", "2012-12-20", S.csto),
  // ASEAN
  ...many("asean", ["ID", "MY", "PH", "SG", "TH"], "founding_member", "1967-08-08", S.asean),
  one("asean", "BN", "member", "1984-01-07", null, S.asean),
  one("asean", "VN", "member", "1995-07-28", null, S.asean),
  ...many("asean", ["LA", "MM"], "member", "1997-07-23", S.asean),
  one("asean", "KH", "member", "1999-04-30", null, S.asean),
  one("asean", "TL", "member", "2025-10-26", null, S.aseanTl),
  one("asean", "PG", "observer", null, null, S.asean),
  // G20 (its other two members, the EU and the African Union, are organizations)
  ...many(
    "g20",
    [
      "AR",
      "AU",
      "BR",
      "CA",
      "CN",
      "FR",
      "DE",
      "IN",
      "ID",
      "IT",
      "JP",
      "KR",
      "MX",
      "RU",
      "SA",
      "ZA",
      "TR",
      "GB",
      "US",
    ],
    "founding_member",
    "1999-09-26",
    S.g20,
  ),
  // EU (entry dates of the Communities for the members before 1993)
  ...many("european-union", ["BE", "DE", "FR", "IT", "LU", "NL"], "founding_member", "1958-01-01", S.eu),
  ...many("european-union", ["DK", "IE"], "member", "1973-01-01", S.eu),
  one("european-union", "GB", "member", "1973-01-01", "2020-01-31", S.brexit),
  one("european-union", "GR", "member", "1981-01-01", null, S.eu),
  ...many("european-union", ["ES", "PT"], "member", "1986-01-01", S.eu),
  ...many("european-union", ["AT", "FI", "SE"], "member", "1995-01-01", S.eu),
  ...many(
    "european-union",
    ["CY", "CZ", "EE", "HU", "LV", "LT", "MT", "PL", "SK", "SI"],
    "member",
    "2004-05-01",
    S.eu,
  ),
  ...many("european-union", ["BG", "RO"], "member", "2007-01-01", S.eu),
  one("european-union", "HR", "member", "2013-07-01", null, S.eu),
  ...many(
    "european-union",
    ["AL", "BA", "GE", "MD", "ME", "MK", "RS", "TR", "UA"],
    "candidate",
    null,
    S.euCandidates,
  ),
  // African Union
  ...many("african-union", auFounders, "founding_member", "2002-07-09", S.au),
  one("african-union", "SS", "member", "2011-07-28", null, S.au),
  one("african-union", "MA", "member", "2017-01-30", null, S.au),
  one("african-union", "ML", "suspended", "2021-06-01", null, S.auSuspensions),
  one("african-union", "GN", "suspended", "2021-09-10", null, S.auSuspensions),
  one("african-union", "SD", "suspended", "2021-10-27", null, S.auSuspensions),
  one("african-union", "BF", "suspended", "2022-01-31", null, S.auSuspensions),
  one("african-union", "NE", "suspended", "2023-08-22", null, S.auSuspensions),
  one("african-union", "GA", "suspended", "2023-08-31", "2025-04-30", S.auSuspensions),
  // GCC
  ...many(
    "gulf-cooperation-council",
    ["BH", "KW", "OM", "QA", "SA", "AE"],
    "founding_member",
    "1981-05-25",
    S.gcc,
  ),
  // League of Arab States. Its six founders signed the Pact on 22 March 1945; (North) Yemen is counted among the
  // founders but the pages found disagree on whether it joined that day or on 5 May 1945, so only the year is kept.
  // A suspension is its own row beside the membership, which goes on (as for the African Union).
  ...many(LAS, ["EG", "IQ", "JO", "LB", "SA", "SY"], "founding_member", "1945-03-22", S.arabLeague),
  one(LAS, "YE", "founding_member", "1945", null, S.arabLeague),
  one(LAS, "LY", "member", "1953-03-28", null, S.arabLeague),
  one(LAS, "SD", "member", "1956-01-19", null, S.arabLeague),
  ...many(LAS, ["MA", "TN"], "member", "1958-10-01", S.arabLeague),
  one(LAS, "KW", "member", "1961-07-20", null, S.arabLeague),
  one(LAS, "DZ", "member", "1962-08-16", null, S.arabLeague),
  ...many(LAS, ["BH", "QA"], "member", "1971-09-11", S.arabLeague),
  one(LAS, "OM", "member", "1971-09-29", null, S.arabLeague),
  one(LAS, "AE", "member", "1971-12-06", null, S.arabLeague),
  one(LAS, "MR", "member", "1973-11-26", null, S.arabLeague),
  one(LAS, "SO", "member", "1974-02-14", null, S.arabLeague),
  one(LAS, "PS", "member", "1976-09-09", null, S.arabLeague),
  one(LAS, "DJ", "member", "1977-09-04", null, S.arabLeague),
  one(LAS, "KM", "member", "1993-11-20", null, S.arabLeague),
  // Egypt after its peace treaty with Israel; Libya from the February 2011 crackdown until the League seated the
  // National Transitional Council; Syria from 16 November 2011 (decided on the 12th) until 7 May 2023.
  one(LAS, "EG", "suspended", "1979-03-31", "1989-05-23", S.arabLeagueEgypt),
  one(LAS, "LY", "suspended", "2011-02-22", "2011-08-27", S.arabLeague),
  one(LAS, "SY", "suspended", "2011-11-16", "2023-05-07", S.arabLeagueSyria),
  // Observers: the year each was admitted (no day on the sources found).
  ...many(LAS, ["BR", "ER"], "observer", "2003", S.arabLeagueObservers),
  one(LAS, "AM", "observer", "2004", null, S.arabLeagueObservers),
  one(LAS, "TD", "observer", "2005", null, S.arabLeagueObservers),
  one(LAS, "VE", "observer", "2006", null, S.arabLeagueObservers),
  one(LAS, "IN", "observer", "2007", null, S.arabLeagueObservers),
  one(LAS, "GR", "observer", "2021", null, S.arabLeagueObservers),
  // Organisation of Islamic Cooperation: the 25 founders of the Rabat summit of 25 September 1969, then the year of
  // each accession as the organization's own list gives it (Egypt's State Information Service and the Russian
  // history portal copy the same years; Wikipedia's list differs for a few, e.g. 1970 for the Gulf states).
  ...many(
    OIC,
    [
      "AF",
      "DZ",
      "TD",
      "EG",
      "GN",
      "ID",
      "IR",
      "JO",
      "KW",
      "LB",
      "LY",
      "MY",
      "ML",
      "MR",
      "MA",
      "NE",
      "PK",
      "PS",
      "SA",
      "SN",
      "SO",
      "SD",
      "TN",
      "TR",
      "YE",
    ],
    "founding_member",
    "1969-09-25",
    S.oic,
  ),
  ...many(OIC, ["BH", "OM", "QA", "SL", "SY", "AE"], "member", "1972", S.oic),
  ...many(OIC, ["BD", "BF", "CM", "GA", "GM", "GW", "UG"], "member", "1974", S.oic),
  one(OIC, "IQ", "member", "1975", null, S.oic),
  ...many(OIC, ["KM", "MV"], "member", "1976", S.oic),
  one(OIC, "DJ", "member", "1978", null, S.oic),
  one(OIC, "BJ", "member", "1983", null, S.oic),
  one(OIC, "BN", "member", "1984", null, S.oic),
  one(OIC, "NG", "member", "1986", null, S.oic),
  ...many(OIC, ["AL", "AZ", "KG", "TJ", "TM"], "member", "1992", S.oic),
  one(OIC, "MZ", "member", "1994", null, S.oic),
  one(OIC, "KZ", "member", "1995", null, S.oic),
  ...many(OIC, ["SR", "UZ"], "member", "1996", S.oic),
  one(OIC, "TG", "member", "1997", null, S.oic),
  one(OIC, "GY", "member", "1998", null, S.oic),
  one(OIC, "CI", "member", "2001", null, S.oic),
  // Egypt suspended after its peace treaty with Israel (May 1979 to March 1984), Afghanistan after the Soviet
  // intervention (1980, month not given, to March 1989).
  one(OIC, "EG", "suspended", "1979-05", "1984-03", S.oicMembers),
  one(OIC, "AF", "suspended", "1980", "1989-03", S.oicMembers),
  // Syria suspended by the extraordinary summit in Mecca (14–15 August 2012), reinstated by the foreign ministers.
  one(OIC, "SY", "suspended", "2012-08-15", "2025-03-07", S.oicSyria),
  // Observer states (the fifth, the "Turkish Cypriot State", is no ISO 3166 country); Russia joined as an observer
  // at the foreign ministers' conference in Sana'a in June 2005.
  one(OIC, "BA", "observer", "1994", null, S.oic),
  one(OIC, "CF", "observer", "1996", null, S.oic),
  one(OIC, "TH", "observer", "1998", null, S.oic),
  one(OIC, "RU", "observer", "2005-06", null, S.oicRussia),
  // ECO: the three founders (1985, day unknown), and the seven states it admitted on 28 November 1992 (five of them
  // were welcomed at the Tehran summit of February 1992; the enlargement is dated from November, ECO Day).
  ...many(ECO, ["IR", "PK", "TR"], "founding_member", "1985", S.eco),
  ...many(ECO, ["AF", "AZ", "KZ", "KG", "TJ", "TM", "UZ"], "member", "1992-11-28", S.eco),
  // GUAM: its four founders; Uzbekistan joined at the Washington meeting of 24 April 1999 and its withdrawal reached
  // the Moldovan chair on 5 May 2005.
  ...many("guam", ["GE", "UA", "AZ", "MD"], "founding_member", "1997-10-10", S.guam),
  one("guam", "UZ", "member", "1999-04-24", "2005-05-05", S.guamUzbekistan),
  // SAARC: seven founders, Afghanistan from 3 April 2007 (its admission agreed in November 2005). Its nine observers
  // include the European Union, an organization; China's dates from the Dhaka summit of November 2005, and the
  // sources found give no reliable date for the others.
  ...many("saarc", ["BD", "BT", "IN", "MV", "NP", "PK", "LK"], "founding_member", "1985-12-08", S.saarc),
  one("saarc", "AF", "member", "2007-04-03", null, S.saarc),
  one("saarc", "CN", "observer", "2005-11", null, S.saarcZh),
  ...many("saarc", ["AU", "IR", "JP", "KR", "MU", "MM", "US"], "observer", null, S.saarcZh),
];
