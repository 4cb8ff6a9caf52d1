// General English vocabulary of official news items: titles, document types, reporting verbs, numbers. Nothing
// here names a particular meeting, person or organization; those come from ReaderKnowledge.
import type { DocumentType } from "../entities/document";
import type { PostRole } from "../entities/post";

/** Heads of titles, longest first so that "Prime Minister" wins over "Minister". */
export const ROLE_NOUNS = [
  "First Deputy Prime Minister",
  "Deputy Prime Minister",
  // A deputy head of government ("Vice Prime Minister for European Integration", "Vice-Premier"), not the head.
  "Vice Prime Minister",
  "Vice-Prime Minister",
  "Vice Premier",
  "Vice-Premier",
  "Prime Minister",
  "Under-Secretary-General",
  "Deputy Secretary-General",
  "Deputy Secretary General",
  "Secretary-General",
  "Secretary General",
  "Director-General",
  "Director General",
  "Executive Secretary",
  "Executive Director",
  "Vice-President",
  "Vice President",
  "Crown Prince",
  "State Counsellor",
  "State Counselor",
  // Bangladesh's head of its interim government ("Chief Adviser Muhammad Yunus"): a head of government's post.
  "Chief Adviser",
  "Chief Advisor",
  "Foreign Minister",
  "Minister",
  "President",
  "Chairman of the Government",
  "Chairwoman",
  "Chairman",
  "Chairperson",
  "Chair",
  "Premier",
  "Chancellor",
  "King",
  "Queen",
  "Emir",
  "Amir",
  "Sultan",
  "Sheikh",
  "Prince",
  "Governor",
  "Director",
  "Head",
  "Leader",
  "Commissioner",
  "Ambassador",
  "Special Envoy",
  "Envoy",
  "Special Representative",
  "Permanent Representative",
  // The United States' foreign minister ("US Secretary of State X"): "of State" is the post's, not a scope.
  "Secretary of State",
  "Secretary",
  "Speaker",
  "State Councillor",
] as const;

/** The titles of a head of state or government, as a pattern's source: "President", "Prime Minister", "Emir". */
export const HEAD_OF_STATE_OR_GOVERNMENT = String.raw`(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Amir|Sultan)`;

/**
 * The head nouns of an organization's name ("Asian Development Bank", "International Monetary Fund", "Regional
 * Anti-Terrorist Structure"): an official's organization the reference data may not hold.
 */
export const ORGANIZATION_NOUN =
  /^(?:Bank|Fund|Organi[sz]ation|Commission|Committee|Council|Secretariat|Agency|Programme|Program|Union|Association|Community|Institute|Academy|Foundation|Forum|Structure|Cent(?:re|er)|Conference|Assembly|Parliament|Federation|League|Alliance|Court)$/;

const ORG_HEAD = String.raw`(?:Bank|Fund|Organi[sz]ation|Commission|Committee|Council|Secretariat|Agency|Programme|Program|Union|Association|Community|Institute|Academy|Foundation|Forum|Cent(?:re|er)|Conference|Assembly|Federation|League|Alliance|Group|Court|Front|Movement)`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*`;
// An organization's name with "and" inside, after "of" or "for" in a title: "the Food and Agriculture Organization",
// "the Economic and Social Commission for Asia and the Pacific", "the Organization for Security and Co-operation in
// Europe", "the Islamic Development Bank and the Arab Coordination Group", a movement ("the Kanak and Socialist
// National Liberation Front").
const ORGANIZATION_WITH_AND = new RegExp(
  String.raw`(?<=\b(?:of|for)\s+(?:the\s+)?(?:UN\s+)?)(?:${CAPITALISED}\s+)*?(?:${CAPITALISED}\s+and\s+(?:the\s+)?(?:${CAPITALISED}\s+)*?${ORG_HEAD}|${ORG_HEAD})(?:\s+(?:for|of|on|in)\s+(?:the\s+)?${CAPITALISED}(?:\s+(?:and|in)\s+(?:the\s+)?${CAPITALISED})*)?\b`,
  "gu",
);

// A minister's portfolio with "and" inside, before the country: "Minister of Communications and Information Technology
// of Iran", "Minister of Trade and Industry of Russia"; or before the minister's name in apposition: "the Minister of
// Transport and Communications, Askar Zhumagaliyev".
const PORTFOLIO_WITH_AND = new RegExp(
  String.raw`(?<=\b(?:Minister|Ministry|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?)(?:${CAPITALISED}\s+){0,2}?${CAPITALISED}\s+and\s+(?:${CAPITALISED}\s+){0,2}?${CAPITALISED}(?=\s+of\s+(?:the\s+)?\p{Lu}|\s*,\s+\p{Lu}\p{Ll}+\s+\p{Lu})`,
  "gu",
);

/**
 * Where an organization's name or a minister's portfolio with "and" inside stands in `text[start, end)`: one phrase,
 * never two list items.
 */
export function organizationsWithAnd(
  text: string,
  start: number,
  end: number,
): { start: number; end: number }[] {
  const slice = text.slice(start, end);
  if (!/\sand\s/.test(slice)) return [];
  return [...slice.matchAll(ORGANIZATION_WITH_AND), ...slice.matchAll(PORTFOLIO_WITH_AND)]
    .filter((match) => /\sand\s/.test(match[0]))
    .map((match) => ({ start: start + match.index, end: start + match.index + match[0].length }));
}

// A region an office is for or of, at the end of a title: "Head of the UN Regional Centre for Preventive Diplomacy for
// Central Asia", "Special Representative for the South Caucasus", "Executive Secretary of the Economic Commission for
// Europe".
const COMPASS = String.raw`(?:Central|South|Southern|South-East|Southeast|East|Eastern|West|Western|North|Northern|North-East|Northeast)`;
const CONTINENT = String.raw`(?:Asia|Europe|Africa|America|Caucasus|Eurasia)`;
const REGION_IN_TITLE = new RegExp(
  String.raw`(?<=\b(?:for|of)\s+(?:the\s+)?)(?:${COMPASS}\s+)?${CONTINENT}(?:\s+and\s+the\s+Pacific)?\b`,
  "g",
);
// A world region named alone: "Central Africa" (of "the heads of state of West and Central Africa"), "Latin America",
// "the Middle East" — no one's name.
const REGION = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:${COMPASS}|Latin|Sub-Saharan)\s+)?(?:${CONTINENT}|Americas|Oceania|Pacific|Caribbean|Balkans|Sahel|Maghreb|Levant|Gulf|Horn\s+of\s+Africa|Middle\s+East|Far\s+East)$`,
);

/** Whether a text is a world region's name alone ("Central Africa", "Latin America", "the Middle East"). */
export const isRegionName = (text: string): boolean => REGION.test(text.trim());

/** The regions a title is for or of, in `text[start, end)`: spans whose words are no person's name. */
export function regionsInTitles(text: string, start: number, end: number): { start: number; end: number }[] {
  return [...text.slice(start, end).matchAll(REGION_IN_TITLE)].map((match) => ({
    start: start + match.index,
    end: start + match.index + match[0].length,
  }));
}

// A portfolio after "for" in a minister's or an envoy's title, up to the "of" before the country: "Vice Prime Minister
// for European and Euro-Atlantic Integration of Ukraine X", "Minister for Regional Development of Y Z".
const PORTFOLIO_IN_TITLE =
  /(?<=\b(?:Minister|Commissioner|Secretary|Representative|Envoy)\s+for\s+)\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|and))*(?=\s+of\s)/gu;

/** The portfolios a title is for, in `text[start, end)`: spans whose words are no person's name. */
export function portfoliosInTitles(
  text: string,
  start: number,
  end: number,
): { start: number; end: number }[] {
  return [...text.slice(start, end).matchAll(PORTFOLIO_IN_TITLE)].map((match) => ({
    start: start + match.index,
    end: start + match.index + match[0].length,
  }));
}

// The pieces the readers of styles share (STYLE_WORD here, people.ts's honorifics, titles.ts's style after a comma),
// each a regular expression's source: a word added to one is added to all.

/** A form of address before a name, with or without its full stop: "Mr", "Mrs.", "Madam", "Mme", "Dr", "Prof.". */
export const FORM_OF_ADDRESS = String.raw`(?:Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Mme\.?|Dr\.?|Prof\.?)`;

/** A style of rank: "His Excellency", "Her Majesty", "His Royal Highness". */
export const STYLE_OF_RANK = String.raw`(?:(?:His|Her)\s+(?:Royal\s+)?(?:Excellency|Majesty|Highness))`;

/** A military rank used as a style before a name: "General", "Senior General", "Lieutenant-General", "Field Marshal". */
export const MILITARY_RANK = String.raw`(?:(?:Senior\s+|Lieutenant[-\s]|Major[-\s]|Brigadier[-\s])?General|Colonel|(?:Field\s+)?Marshal|Admiral)`;

/**
 * Styles and forms of address that stand before a name and say no office: "His Excellency", "H.E.", "Samdech Techo",
 * "Dato' Seri", "Mr", "Sheikh", Myanmar's "U" and "Daw", a military rank ("Senior General"). A regular expression's source, one word or phrase of them.
 */
export const STYLE_WORD = String.raw`(?:${STYLE_OF_RANK}|H\.\s?[EHM]\.?|Samdech|Akka|Moha|Sena|Padei|Techo|Dato['’]?|Datuk|Seri|Sri|Tun|${FORM_OF_ADDRESS}|Sheikh|Sayyid|Begum|U|Daw|${MILITARY_RANK})`;

/** Words that belong to titles rather than names ("His Excellency", "Foreign Affairs", "Acting"). */
export const TITLE_WORDS = new Set(
  (
    "his her excellency majesty highness acting interim deputy vice first honorary honourary foreign affairs defence " +
    "defense finance economy " +
    "economic trade interior justice external state federal national executive committee council commission " +
    "republic kingdom federation union general secretary minister ministry president prime head leader leaders chief " +
    "director chair chairman chairperson office premier chancellor king queen emir amir sultan sheikh governor commissioner " +
    "ambassador envoy special representative speaker councillor heads of the and for on in at de " +
    // Honorifics and forms of address: "H.E. Mr.", "H.H. Sheikh", "Dr.".
    "h.e h.h h.m hh mr mrs ms dr prof board bodies cabinet ministers gen samdech akka moha sena padei techo daw sir government " +
    // "Her Excellency Madam Ellen Johnson Sirleaf", "Madame X": a form of address.
    "madam madame mme " +
    // Styles of Malaysia, Brunei and the Gulf ("Dato' Seri", "Dato' Sri", "Datuk", "Tun", "Pehin", "Sayyid", "Sultan
    // Haji"); the title of a crown prince, of a state counsellor and of a first lady.
    "dato datuk seri sri tun pehin sayyid haji hajji crown prince counsellor counselor lady " +
    // The head of an interim government's title ("Chief Adviser").
    "adviser advisor " +
    // The houses of a parliament a stand-in may head ("the Chairman of the Senate, X", "Speaker of the Legislative
    // Chamber X"): no name begins with them.
    "senate parliament assembly chamber legislative duma majlis " +
    // An organization's supreme organ, as COMESA, ECOWAS, IGAD and the OECS name it ("Chairman of the OECS Authority, X").
    "authority " +
    // Military ranks before a leader's name ("Captain Ibrahim Traoré", "Colonel Assimi Goïta", "Field Marshal Omar
    // al-Bashir"), and the retired officer's mark after them ("Lt. Gen. (Rtd) X"): no name begins with them.
    "captain colonel lieutenant brigadier marshal admiral lt col maj brig capt adm rtd retd " +
    // Academic, religious and customary styles before a leader's name ("President Professor Peter Mutharika", "Alhaji
    // Muhammadu Buhari", "Ayatollah Seyyed Ebrahim Raisi", "Dame Sandra Mason", "Engr. X", "Comrade X").
    "professor alhaji mallam ayatollah hojatoleslam seyyed sayyed dame engr comrade " +
    // India's forms of address in its official releases ("Prime Minister Shri Narendra Modi", "Smt. Droupadi Murmu"),
    // and Bangladesh's for a lady ("Prime Minister Begum Khaleda Zia").
    "shri shrimati smt begum " +
    // "the Leader of the Libyan Revolution Muammar Gaddafi": a title's last word, which no name begins with.
    "revolution " +
    // Commonwealth and Indonesian forms of address written without their dots or in full ("The Rt Hon A", "The
    // Honourable B", "Bapak C", "Ibu D").
    "rt hon honourable honorable bapak ibu " +
    // "Under-Secretary-General"; an organ heading a title after its organization ("the CICA Secretariat"), and the
    // office a title names ("Deputy Head of the Administration of the President of Belarus").
    "under secretariat administration " +
    // The portfolios of ministers' long titles ("Minister of State for External Affairs and Culture", "Minister of
    // Communications and Information Technology"): no name begins with them.
    "culture communications communication information technology technologies industry mines energy education " +
    "health agriculture transport parliamentary petroleum labour tourism science sport sports youth emergency " +
    "situations investment commerce power railways water resources environment fisheries housing construction " +
    "infrastructure"
  ).split(" "),
);

/**
 * Small words inside names ("Mohamed bin Zayed", "Ursula von der Leyen", "Ilham Heydar oglu Aliyev"): neither title
 * nor a reason to stop.
 */
export const NAME_PARTICLES = new Set(
  "bin ibn binti al el van von der den de da dos du la le di oglu ogly uulu qizi kizi kyzy".split(" "),
);

/**
 * Styles that stand before a name and, inside one, before a father's name ("Mohd Najib Tun Abdul Razak"): between two
 * words of a name they are part of it.
 */
export const NAME_STYLES = new Set("tun dato datuk seri sri pehin haji hajji sayyid".split(" "));

/** The role a post probably has, from the noun heading its title. */
export function roleOfNoun(
  noun: string,
  scope: "country" | "organization" | null,
  organizationIsBody: boolean,
): PostRole {
  const key = noun.toLowerCase().replace(/[\s-]+/g, " ");
  if (/^(president|king|queen|emir|amir|sultan|crown prince|sheikh|prince|leader|head)$/.test(key)) {
    return scope === "organization"
      ? organizationIsBody
        ? "head_of_igo_body"
        : "head_of_igo"
      : "head_of_state";
  }
  // "Chairman of the Government of the Russian Federation": the Russian head of government's title, translated.
  if (key === "chairman of the government") return "head_of_government";
  if (/(^| )(prime minister|premier|chancellor)$/.test(key))
    return key.startsWith("prime") || key === "premier" || key === "chancellor"
      ? "head_of_government"
      : "minister";
  if (/^(secretary general|director general|executive secretary)$/.test(key)) return "head_of_igo";
  if (
    /^(director|executive director|chairman|chairwoman|chairperson|chair|governor|commissioner)$/.test(key)
  ) {
    return scope === "organization" ? "head_of_igo_body" : "other";
  }
  if (/^(?:state counsel+or|chief advis[eo]r)$/.test(key)) return "head_of_government";
  if (/minister|secretary|state councillor/.test(key)) return "minister";
  if (/envoy|ambassador|representative/.test(key)) return "envoy";
  return "other";
}

/** Document-type head nouns, longest first; `word` is the noun alone where `pattern` also looks at what follows. */
export const DOCUMENT_TYPE_WORDS: { pattern: string; word?: string; type: DocumentType }[] = [
  { pattern: "joint statements?", type: "statement" },
  { pattern: "joint communiqu(?:e|é)s?", type: "communique" },
  { pattern: "action plans?|plans? of (?:joint )?actions?", type: "action_plan" },
  { pattern: "road ?maps?", type: "roadmap" },
  { pattern: "memorand(?:ums|um|a)(?: of understanding)?|MoUs?", type: "memorandum" },
  { pattern: "declarations?", type: "declaration" },
  { pattern: "statements?", type: "statement" },
  { pattern: "decisions?", type: "decision" },
  { pattern: "communiqu(?:e|é)s?", type: "communique" },
  { pattern: "agreements?", type: "agreement" },
  { pattern: "treat(?:y|ies)", type: "treaty" },
  { pattern: "protocols?", type: "protocol" },
  { pattern: "strateg(?:y|ies)", type: "strategy" },
  { pattern: "programmes?|programs?", type: "programme" },
  { pattern: "concepts?", type: "concept" },
  { pattern: "plans?", type: "plan" },
  { pattern: "reports?", type: "report" },
  // "an Appeal to the peoples of the Commonwealth", "the Address to the peoples …" (not "to address the issues").
  {
    pattern: "appeals?|messages?|address(?:es)?(?=\\s+(?:of\\s+[^,;]{1,60}?\\s+)?to\\s+the\\b)",
    word: "appeals?|messages?|address(?:es)?",
    type: "message",
  },
  { pattern: "resolutions?", type: "other" },
  // The Supreme Eurasian Economic Council's "распоряжение", in the Kremlin's English.
  { pattern: "instruction|disposition", type: "other" },
  { pattern: "charters?", type: "other" },
  { pattern: "statutes?", type: "other" },
  { pattern: "regulations?|rules of procedure", type: "other" },
];

export const DOCUMENT_TYPE_PATTERN = DOCUMENT_TYPE_WORDS.map((word) => word.pattern).join("|");

export function documentTypeOf(word: string): { type: DocumentType; plural: boolean } | null {
  const lower = word.toLowerCase();
  for (const entry of DOCUMENT_TYPE_WORDS) {
    const match = new RegExp(`^(?:${entry.word ?? entry.pattern})$`, "i").exec(lower);
    if (match) {
      // The head noun decides: "plans of action" is plural, "plan of joint actions" is not.
      const head = lower.split(" of ")[0]!;
      return { type: entry.type, plural: /(?:s|ies|memoranda)$/.test(head) };
    }
  }
  return null;
}

/** The singular English head noun for a type, for composing titles ("Statement on …"). */
export const SINGULAR_OF_TYPE: Record<DocumentType, string> = {
  declaration: "Declaration",
  statement: "Statement",
  decision: "Decision",
  communique: "Communiqué",
  agreement: "Agreement",
  treaty: "Treaty",
  protocol: "Protocol",
  memorandum: "Memorandum",
  strategy: "Strategy",
  action_plan: "Action Plan",
  programme: "Programme",
  concept: "Concept",
  plan: "Plan",
  roadmap: "Roadmap",
  report: "Report",
  message: "Message",
  other: "Document",
};

/** Verbs that report what someone said. */
export const REPORTING_VERBS =
  "stated|said|says|noted|stressed|emphasi[sz]ed|underlined|underscored|pointed out|offered|proposed|suggested|wished|thanked|" +
  "called|called for|urged|expressed|added|declared|announced|recalled|highlighted|believes|warned|praised|welcomed|congratulated|assured|invited";

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};
const TENS = "twenty|thirty|forty|fifty";
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
/** A number in figures or words, "twenty-eight" before "twenty" so that it is not read as 20 or 8. */
export const NUMBER_PATTERN = `\\d{1,3}|(?:${TENS})[- ](?:${UNITS})|${Object.keys(NUMBER_WORDS).join("|")}`;

export function numberValue(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const parts = word.toLowerCase().split(/[- ]/);
  if (parts.length === 2) {
    const [tens, units] = parts.map((part) => NUMBER_WORDS[part]);
    return tens && units && tens >= 20 && units < 10 ? tens + units : null;
  }
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

/** What a meeting did with a document, from the verb the text uses. */
export function adoptionOfVerb(
  verb: string,
): "adopted" | "approved" | "signed" | "noted" | "prepared" | null {
  const key = verb.toLowerCase();
  if (/^(adopted|endorsed|issued|released|agreed|taken|produced)$/.test(key)) return "adopted";
  if (/^approved$/.test(key)) return "approved";
  if (/^(signed|inked|put (their|his|her) (signatures?|names) (to|under|on))$/.test(key)) return "signed";
  if (/^(noted|took note of)$/.test(key)) return "noted";
  if (/^(prepared|formulated|drafted|drawn up|finali[sz]ed)$/.test(key)) return "prepared";
  return null;
}

export const ADOPTION_VERBS =
  "adopted|endorsed|issued|released|approved|signed|inked|put (?:their|his|her) (?:signatures?|names) (?:to|under|on)|noted|took note of|" +
  "prepared|formulated|drafted|drawn up|finali[sz]ed|taken|produced";
