// Realistic test data from SEED-FACTS.md (the 10 November 2020 SCO summit). Used by tests only; not exported.
import type { MeetingRecord } from "../rules/check-meeting";
import type { NameLookup } from "../rules/rule-issue";

/** Deterministic cuid-like ids: id("person", "modi") → "cpersonmodi00000000000000". */
export function id(kind: string, key: string): string {
  return `c${kind}${key}`
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .padEnd(25, "0");
}

export const MEETING_ID = id("meeting", "sco2020");
export const SCO_ID = id("org", "sco");
export const CHS_ID = id("org", "chs");

const countries = {
  in: "India",
  kz: "Kazakhstan",
  cn: "China",
  kg: "Kyrgyzstan",
  pk: "Pakistan",
  ru: "Russia",
  tj: "Tajikistan",
  uz: "Uzbekistan",
  af: "Afghanistan",
  by: "Belarus",
  ir: "Iran",
  mn: "Mongolia",
} as const;
export type CountryKey = keyof typeof countries;
export const countryId = (key: CountryKey) => id("country", key);

type Row = {
  person: string;
  asStated: string;
  post: string;
  country: CountryKey | null;
  organization?: "sco" | "un";
  category: MeetingRecord["participations"][number]["category"];
  role: MeetingRecord["participations"][number]["role"];
  mode: MeetingRecord["participations"][number]["mode"];
};

/** The 15 participants in protocol order. */
export const PARTICIPANTS: readonly Row[] = [
  {
    person: "Narendra Modi",
    asStated: "Prime Minister of India Narendra Modi",
    post: "Prime Minister of India",
    country: "in",
    category: "member_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "Kassym-Jomart Tokayev",
    asStated: "President of Kazakhstan Kassym-Jomart Tokayev",
    post: "President of Kazakhstan",
    country: "kz",
    category: "member_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "Xi Jinping",
    asStated: "President of China XI Jinping",
    post: "President of China",
    country: "cn",
    category: "member_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "Sadyr Japarov",
    asStated: "Prime Minister of Kyrgyzstan Sadyr Zhaparov",
    post: "Prime Minister of Kyrgyzstan",
    country: "kg",
    category: "member_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "Imran Khan",
    asStated: "Prime Minister of Pakistan Imran Khan",
    post: "Prime Minister of Pakistan",
    country: "pk",
    category: "member_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "Vladimir Putin",
    asStated: "Russian President Vladimir Putin",
    post: "President of Russia",
    country: "ru",
    category: "member_state",
    role: "chair",
    mode: "videoconference",
  },
  {
    person: "Emomali Rahmon",
    asStated: "President of Tajikistan Emomali Rahmon",
    post: "President of Tajikistan",
    country: "tj",
    category: "member_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "Shavkat Mirziyoyev",
    asStated: "President of Uzbekistan Shavkat Mirziyoyev",
    post: "President of Uzbekistan",
    country: "uz",
    category: "member_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "Vladimir Norov",
    asStated: "SCO Secretary General Vladimir Norov",
    post: "Secretary-General of the SCO",
    country: null,
    organization: "sco",
    category: "igo_official",
    role: "participant",
    mode: "videoconference",
  },
  {
    person: "Jumakhon Giyosov",
    asStated:
      "Director of the Executive Committee of the SCO Regional anti-terrorist structure Jumakhon Gijesov",
    post: "Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure",
    country: null,
    organization: "sco",
    category: "igo_official",
    role: "participant",
    mode: "videoconference",
  },
  {
    person: "Ashraf Ghani",
    asStated: "President of Afghanistan Ashraf Ghani",
    post: "President of Afghanistan",
    country: "af",
    category: "observer_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "Roman Golovchenko",
    asStated: "Prime Minister of Belarus Roman Golovchenko",
    post: "Prime Minister of Belarus",
    country: "by",
    category: "observer_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "Hassan Rouhani",
    asStated: "President of Iran Hassan Rouhani",
    post: "President of Iran",
    country: "ir",
    category: "observer_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "Khaltmaagiin Battulga",
    asStated: "President of Mongolia Khaltmaagiin Battulga",
    post: "President of Mongolia",
    country: "mn",
    category: "observer_state",
    role: "head_of_delegation",
    mode: "videoconference",
  },
  {
    person: "António Guterres",
    asStated: "UN Secretary-General Antonio Guterres",
    post: "Secretary-General of the United Nations",
    country: null,
    organization: "un",
    category: "guest_organization",
    role: "speaker",
    mode: "video_message",
  },
];

export const personId = (name: string) => id("person", name.normalize("NFKD").replace(/\p{M}/gu, ""));
export const postId = (label: string) => id("post", label).slice(0, 32);
export const occupancyId = (name: string) => id("occ", name.normalize("NFKD").replace(/\p{M}/gu, ""));

export const SEED_SOURCE = {
  title: "A meeting of the Council of Shanghai cooperation organization's heads of state",
  publishedAt: "2020-11-12T10:58",
  text: "The meeting of the SCO Council Heads of State was held in a videoconference format on November 10. …",
};

export const NAMES: NameLookup = {
  persons: Object.fromEntries(PARTICIPANTS.map((p) => [personId(p.person), p.person])),
  posts: Object.fromEntries(PARTICIPANTS.map((p) => [postId(p.post), p.post])),
  countries: Object.fromEntries(
    Object.entries(countries).map(([key, name]) => [countryId(key as CountryKey), name]),
  ),
  organizations: { [SCO_ID]: "the SCO", [CHS_ID]: "the SCO Council of Heads of State" },
};

const founding: CountryKey[] = ["cn", "kz", "kg", "ru", "tj", "uz"];
const observers: CountryKey[] = ["af", "by", "ir", "mn"];

/** The stored meeting record for the 2020 summit, as checkMeeting receives it. */
export function seedMeetingRecord(): Required<MeetingRecord> & { meeting: { id: string } } {
  return {
    meeting: {
      id: MEETING_ID,
      slug: "meeting-of-the-sco-council-of-heads-of-state-2020-11-10",
      titleI18n: { en: "Meeting of the SCO Council of Heads of State" },
      startDate: "2020-11-10",
      endDate: "2020-11-10",
      bodyId: CHS_ID,
      coChaired: false,
      status: "published",
      sources: [SEED_SOURCE],
    },
    participations: PARTICIPANTS.map((p) => ({
      personId: personId(p.person),
      occupancyId: occupancyId(p.person),
      representingCountryId: p.country ? countryId(p.country) : null,
      category: p.category,
      role: p.role,
      mode: p.mode,
    })),
    // Occupancy dates are not in the release, so they stay unknown.
    occupancies: PARTICIPANTS.map((p) => ({
      id: occupancyId(p.person),
      personId: personId(p.person),
      postId: postId(p.post),
      startDate: null,
      endDate: null,
    })),
    memberships: [
      ...founding.map((c) => ({
        organizationId: SCO_ID,
        countryId: countryId(c),
        status: "founding_member" as const,
        startDate: "2001-06-15",
        endDate: null,
      })),
      ...(["in", "pk"] as const).map((c) => ({
        organizationId: SCO_ID,
        countryId: countryId(c),
        status: "member" as const,
        startDate: "2017-06-09",
        endDate: null,
      })),
      ...observers.map((c) => ({
        organizationId: SCO_ID,
        countryId: countryId(c),
        status: "observer" as const,
        startDate: null,
        endDate: null,
      })),
    ],
    tallies: [
      { documentType: "decision", count: 9 },
      { documentType: "statement", count: 6 },
    ],
    documents: [
      { type: "declaration" },
      ...Array.from({ length: 6 }, () => ({ type: "statement" as const })),
      ...Array.from({ length: 3 }, () => ({ type: "decision" as const })),
      { type: "action_plan" },
      { type: "concept" },
      { type: "plan" },
      { type: "report" },
      { type: "report" },
    ],
    chairmanships: [
      {
        organizationId: SCO_ID,
        countryId: countryId("ru"),
        startDate: "2019-06-14",
        endDate: "2020-11-10",
        startedAtMeetingId: null,
        endedAtMeetingId: MEETING_ID,
      },
      {
        organizationId: SCO_ID,
        countryId: countryId("tj"),
        startDate: "2020-11-10",
        endDate: null,
        startedAtMeetingId: MEETING_ID,
        endedAtMeetingId: null,
      },
    ],
    // The meeting where Russia's term started (Bishkek 2019) is not in the seed.
    handoverMeetings: {},
    existingSlugs: [
      { id: id("meeting", "bishkek2019"), slug: "meeting-of-the-sco-council-of-heads-of-state-2019-06-14" },
    ],
    names: NAMES,
  };
}
