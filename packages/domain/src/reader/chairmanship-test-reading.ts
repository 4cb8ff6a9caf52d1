import { readChairmanships } from "./chairmanship";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { handovers5Knowledge } from "./fixtures/handovers5-knowledge";
import { handovers7Knowledge } from "./fixtures/handovers7-knowledge";
import { readPressRelease } from "./read-press-release";
import { segment } from "./segment";

// How the handover tests read a text: readChairmanships on the text's own paragraphs, for a meeting of the
// organization on `date` (to `endDate`, published on its last day), with no chair, against the Eurasian fixtures'
// knowledge.

/** The terms read from the text, each as [country id, start date, end date]. */
export const termsOf = (text: string, date: string, organizationId: string, endDate: string | null = null) =>
  readChairmanships({
    text,
    paragraphs: segment(text),
    knowledge: eurasiaKnowledge,
    date,
    endDate,
    publishedAt: endDate ?? date,
    organizationId,
    chair: null,
  }).map((term) => [term.countryId, term.startDate, term.endDate]);

/**
 * The whole reader's proposal for a short Mercosur release of 6 December 2024 (its four presidents taking part), with
 * `sentence` as its last paragraph.
 */
export const mercosurReleaseWith = (sentence: string) =>
  readPressRelease(
    `Montevideo, 6 December 2024\n\nThe 65th Mercosur summit was held in Montevideo. Taking part were President of Argentina Javier Milei, President of Brazil Luiz Inácio Lula da Silva, President of Paraguay Santiago Peña and President of Uruguay Luis Lacalle Pou.\n\n${sentence}\n`,
    handovers5Knowledge,
  );

/** The terms read from that release, each as [country id, start date, end date]. */
export const mercosurTermsWith = (sentence: string) =>
  mercosurReleaseWith(sentence).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);

/** The names of the chairs read from that release. */
export const mercosurChairsWith = (sentence: string) =>
  mercosurReleaseWith(sentence)
    .participants.filter((participant) => participant.role.value === "chair")
    .map((participant) => participant.nameAsStated);

/** A fixture country id as its ISO code ("ctyzmx0001" → "ZM"). */
const isoOf = (countryId: string) =>
  countryId
    .replace(/^cty/, "")
    .replace(/x0001$/, "")
    .toUpperCase();

/**
 * The terms the whole reader reads from a short release of COMESA's 22nd Summit in Lusaka, 8 June 2023 (four leaders
 * taking part), with `sentence` as its last paragraph, each as [ISO code, start date, end date].
 */
export const comesaTermsWith = (sentence: string) =>
  readPressRelease(
    `Lusaka, 8 June 2023\n\nThe 22nd Summit of the Common Market for Eastern and Southern Africa (COMESA) was held in Lusaka. Taking part were President Hakainde Hichilema of Zambia, Prime Minister Mostafa Madbouly of Egypt, President Evariste Ndayishimiye of Burundi and President William Ruto of Kenya.\n\n${sentence}\n`,
    handovers7Knowledge,
  ).chairmanships.map((term) => [isoOf(term.countryId), term.startDate, term.endDate]);

/**
 * The terms the whole reader reads from a short release of IORA's Council of Ministers in Colombo, 11 October 2023
 * (three ministers taking part), with `sentence` as its last paragraph, each as [ISO code, start date, end date].
 */
export const ioraTermsWith = (sentence: string) =>
  readPressRelease(
    `Colombo, 11 October 2023\n\nThe 23rd Meeting of the Council of Ministers of the Indian Ocean Rim Association (IORA) was held in Colombo. Taking part were Foreign Minister of Sri Lanka Ali Sabry, Foreign Minister of Bangladesh A. K. Abdul Momen and Foreign Minister of India S. Jaishankar.\n\n${sentence}\n`,
    handovers7Knowledge,
  ).chairmanships.map((term) => [isoOf(term.countryId), term.startDate, term.endDate]);
