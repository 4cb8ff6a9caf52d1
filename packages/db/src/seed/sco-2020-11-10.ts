// The first record: the meeting of the SCO Council of Heads of State of 10 November 2020, as SEED-FACTS.md lists
// it. Categories, modes, roles and topics are editorial; everything else is in the release kept as its source.
import fs from "node:fs";
import type { CountryIso2, LocalizedTextSeed, OrganizationSlug } from "./reference-data";

export const releaseText = fs.readFileSync(
  new URL("./sources/sco-chs-2020-11-10.en.txt", import.meta.url),
  "utf8",
);

export const meetingSeries = {
  key: "sco-council-of-heads-of-state",
  organization: "sco-council-of-heads-of-state" as OrganizationSlug,
  name: {
    en: "Meetings of the SCO Council of Heads of State",
    ru: "Заседания Совета глав государств — членов ШОС",
    zh: "上海合作组织成员国元首理事会会议",
  },
};

export const meeting = {
  title: {
    en: "Meeting of the SCO Council of Heads of State",
    ru: "Заседание Совета глав государств — членов ШОС",
    zh: "上海合作组织成员国元首理事会会议",
  },
  classification: "summit",
  // Meeting dates are inclusive calendar days (a one-day meeting starts and ends on its day).
  startDate: "2020-11-10",
  endDate: "2020-11-10",
  attendanceMode: "online",
  hostCountry: "RU" as CountryIso2,
  summary: {
    en:
      "The SCO heads of state met by videoconference under the Russian presidency, adopted the Moscow Declaration " +
      "and six statements, approved nine decisions, the Action Plan for 2021–2025 and other documents, " +
      "and Tajikistan assumed the presidency.",
  } as LocalizedTextSeed,
  source: {
    title: "A meeting of the Council of Shanghai cooperation organization's heads of state",
    publishedAt: "2020-11-12T10:58",
    language: "en",
    note: 'News item; the meeting date is given as "November 10", the year comes from the publication date.',
  },
};

type Category = "member_state" | "observer_state" | "igo_official" | "guest_organization";
type Role = "chair" | "head_of_delegation" | "participant" | "speaker";

export interface ParticipationSeed {
  person: string;
  titleAsStated: string;
  category: Category;
  role: Role;
  mode: "videoconference" | "video_message";
  country?: CountryIso2;
  organization?: OrganizationSlug;
}

const head = (
  person: string,
  titleAsStated: string,
  country: CountryIso2,
  category: Category = "member_state",
): ParticipationSeed => ({
  person,
  titleAsStated,
  category,
  role: "head_of_delegation",
  mode: "videoconference",
  country,
});

/** In the release's protocol order. */
export const participations: ParticipationSeed[] = [
  head("narendra-modi", "Prime Minister of India Narendra Modi", "IN"),
  head("kassym-jomart-tokayev", "President of Kazakhstan Kassym-Jomart Tokayev", "KZ"),
  head("xi-jinping", "President of China XI Jinping", "CN"),
  head("sadyr-japarov", "Prime Minister of Kyrgyzstan Sadyr Zhaparov", "KG"),
  head("imran-khan", "Prime Minister of Pakistan Imran Khan", "PK"),
  { ...head("vladimir-putin", "Russian President Vladimir Putin", "RU"), role: "chair" },
  head("emomali-rahmon", "President of Tajikistan Emomali Rahmon", "TJ"),
  head("shavkat-mirziyoyev", "President of Uzbekistan Shavkat Mirziyoyev", "UZ"),
  {
    person: "vladimir-norov",
    titleAsStated: "SCO Secretary General Vladimir Norov",
    category: "igo_official",
    role: "participant",
    mode: "videoconference",
    organization: "shanghai-cooperation-organisation",
  },
  {
    person: "jumakhon-giyosov",
    titleAsStated:
      "Director of the Executive Committee of the SCO Regional anti-terrorist structure Jumakhon Gijesov",
    category: "igo_official",
    role: "participant",
    mode: "videoconference",
    organization: "sco-rats-executive-committee",
  },
  head("ashraf-ghani", "President of Afghanistan Ashraf Ghani", "AF", "observer_state"),
  head("roman-golovchenko", "Prime Minister of Belarus Roman Golovchenko", "BY", "observer_state"),
  head("hassan-rouhani", "President of Iran Hassan Rouhani", "IR", "observer_state"),
  head("khaltmaagiin-battulga", "President of Mongolia Khaltmaagiin Battulga", "MN", "observer_state"),
  {
    person: "antonio-guterres",
    titleAsStated: "UN Secretary-General Antonio Guterres",
    category: "guest_organization",
    role: "speaker",
    mode: "video_message",
    organization: "united-nations",
  },
];

type DocumentType =
  "declaration" | "statement" | "decision" | "strategy" | "action_plan" | "concept" | "plan" | "report";
type ActionType = "adopted" | "approved" | "signed" | "circulated_to_un";

export interface DocumentSeed {
  key: string;
  title: LocalizedTextSeed;
  type: DocumentType;
  action: "adopted" | "approved";
  /** false: referred to by this record, not adopted at the meeting (the Development Strategy). */
  atMeeting: boolean;
  validFrom?: string;
  validTo?: string;
  topics: string[];
  actions: { type: ActionType; planned: boolean; actor?: string; reference?: string }[];
}

const adoptedAtMeeting = { type: "adopted", planned: false } as const;
const approvedAtMeeting = { type: "approved", planned: false } as const;
const toBeCirculatedToUn = { type: "circulated_to_un", planned: true } as const;
const toBeSigned = {
  type: "signed",
  planned: true,
  actor: "SCO Secretariat",
  reference: "in a working order",
} as const;

const statement = (key: string, subject: string, topics: string[]): DocumentSeed => ({
  key,
  title: { en: `Statement of the SCO leaders ${subject}` },
  type: "statement",
  action: "adopted",
  atMeeting: true,
  topics,
  actions: [adoptedAtMeeting, toBeCirculatedToUn, toBeSigned],
});

/** In the order the release names them. */
export const documents: DocumentSeed[] = [
  {
    key: "moscow-declaration",
    title: { en: "Moscow Declaration", ru: "Московская декларация", zh: "莫斯科宣言" },
    type: "declaration",
    action: "adopted",
    atMeeting: true,
    topics: ["politics", "security", "trade-and-economy", "cultural-and-humanitarian-cooperation"],
    actions: [adoptedAtMeeting, toBeCirculatedToUn],
  },
  statement("statement-victory-75", "on the 75th anniversary of Victory in World War II", ["politics"]),
  statement(
    "statement-extremist-ideology",
    "on countering the spread of terrorist, separatist and extremist ideology, including on the Internet",
    ["terrorism-separatism-and-extremism", "security"],
  ),
  statement(
    "statement-information-security",
    "on cooperation in ensuring international information security",
    ["international-information-security", "security"],
  ),
  statement("statement-drug-threat", "on countering the drug threat", ["drug-threat", "security"]),
  statement("statement-coronavirus", "on joint counteraction to the new coronavirus infection", [
    "covid-19-and-epidemics",
  ]),
  statement("statement-digital-economy", "on cooperation in the digital economy", [
    "digital-economy",
    "trade-and-economy",
  ]),
  {
    key: "decision-action-plan",
    title: {
      en: "Decision approving the Action Plan for 2021–2025 on the implementation of the SCO Development Strategy until 2025",
    },
    type: "decision",
    action: "approved",
    atMeeting: true,
    topics: [],
    actions: [approvedAtMeeting, toBeSigned],
  },
  {
    key: "decision-epidemics",
    title: { en: "Decision on the fight against epidemics" },
    type: "decision",
    action: "approved",
    atMeeting: true,
    topics: ["covid-19-and-epidemics"],
    actions: [approvedAtMeeting, toBeSigned],
  },
  {
    key: "decision-international-organizations",
    title: { en: "Decision on cooperation between the SCO and a number of international organizations" },
    type: "decision",
    action: "approved",
    atMeeting: true,
    topics: ["politics"],
    actions: [approvedAtMeeting, toBeSigned],
  },
  {
    key: "action-plan-2021-2025",
    title: {
      en: "Action Plan for 2021–2025 on the implementation of the SCO Development Strategy until 2025",
    },
    type: "action_plan",
    action: "approved",
    atMeeting: true,
    validFrom: "2021",
    validTo: "2025",
    topics: [],
    actions: [approvedAtMeeting],
  },
  {
    key: "development-strategy-2025",
    title: {
      en: "SCO Development Strategy until 2025",
      ru: "Стратегия развития ШОС до 2025 года",
      zh: "上海合作组织至2025年发展战略",
    },
    type: "strategy",
    action: "adopted",
    atMeeting: false,
    validTo: "2025",
    topics: [],
    actions: [],
  },
  {
    key: "concept-remote-rural",
    title: {
      en: "Concept of cooperation of the SCO member States on the development of remote and rural territories in the digital age",
    },
    type: "concept",
    action: "approved",
    atMeeting: true,
    topics: ["remote-and-rural-development", "digital-economy"],
    actions: [approvedAtMeeting],
  },
  {
    key: "plan-epidemics",
    title: {
      en: "Comprehensive plan of joint measures of the SCO member States to counter the threats of epidemics in the region",
    },
    type: "plan",
    action: "approved",
    atMeeting: true,
    topics: ["covid-19-and-epidemics"],
    actions: [approvedAtMeeting],
  },
  {
    key: "report-secretary-general-2019",
    title: { en: "Report of the SCO Secretary-General on the main results of activities in 2019" },
    type: "report",
    action: "approved",
    atMeeting: true,
    topics: [],
    actions: [approvedAtMeeting],
  },
  {
    key: "report-rats-director-2019",
    title: {
      en: "Report of the Director of the RATS Executive Committee on the main results of activities in 2019",
    },
    type: "report",
    action: "approved",
    atMeeting: true,
    topics: ["terrorism-separatism-and-extremism"],
    actions: [approvedAtMeeting],
  },
];

export const documentRelations: { from: string; to: string; type: "approves" | "implements" }[] = [
  { from: "decision-action-plan", to: "action-plan-2021-2025", type: "approves" },
  { from: "action-plan-2021-2025", to: "development-strategy-2025", type: "implements" },
];

/** Counts the release gives; the page shows "9 decisions (3 listed)". */
export const tallies: { documentType: DocumentType; count: number }[] = [
  { documentType: "statement", count: 6 },
  { documentType: "decision", count: 9 },
];

/**
 * Russia's presidency (from the Bishkek meeting of 14 June 2019, not in the seed) ends here; Tajikistan's starts
 * here. `at` is the end of each term that this meeting holds.
 */
export const chairmanships: {
  country: CountryIso2;
  startDate: string;
  endDate: string | null;
  at: "start" | "end";
}[] = [
  { country: "RU", startDate: "2019-06-14", endDate: "2020-11-10", at: "end" },
  { country: "TJ", startDate: "2020-11-10", endDate: null, at: "start" },
];

/** In the order the release reports them: the welcome video message comes before Putin's summing-up. */
export const speeches: { person: string; kind: "paraphrase" | "video_message"; text?: LocalizedTextSeed }[] =
  [
    { person: "antonio-guterres", kind: "video_message" },
    {
      person: "vladimir-putin",
      kind: "paraphrase",
      text: {
        en:
          "A solid package of documents was prepared for the meeting. The main results are reflected in the Moscow " +
          "Declaration, which contains consolidated assessments of the situation in the SCO space and in the world as a " +
          "whole. The results of the Russian presidency of the SCO in 2019–2020 were summed up, and guidelines were set " +
          "for the organization's future activities.",
      },
    },
    {
      person: "vladimir-putin",
      kind: "paraphrase",
      text: {
        en:
          "He offered to approve all the documents, adding that the SCO Secretariat will organize their signing in a " +
          "working order, and stressed that the Moscow Declaration and the statements of the leaders are planned to be " +
          "distributed to the UN.",
      },
    },
    {
      person: "vladimir-putin",
      kind: "paraphrase",
      text: {
        en:
          "The SCO, which will be 20 years old in 2021, occupies an authoritative place in the system of international " +
          "relations. He wished Emomali Rahmon successful and fruitful work in the framework of the chairmanship in the SCO.",
      },
    },
  ];

export const meetingTopics = [
  "politics",
  "security",
  "trade-and-economy",
  "cultural-and-humanitarian-cooperation",
  "covid-19-and-epidemics",
  "digital-economy",
  "international-information-security",
  "terrorism-separatism-and-extremism",
  "drug-threat",
  "remote-and-rural-development",
];
