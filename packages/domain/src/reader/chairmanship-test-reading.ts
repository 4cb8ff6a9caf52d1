import { readChairmanships } from "./chairmanship";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { handovers5Knowledge } from "./fixtures/handovers5-knowledge";
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
 * The terms the whole reader reads from a short Mercosur release of 6 December 2024 (its four presidents taking
 * part), with `sentence` as its last paragraph, each as [country id, start date, end date].
 */
export const mercosurTermsWith = (sentence: string) =>
  readPressRelease(
    `Montevideo, 6 December 2024\n\nThe 65th Mercosur summit was held in Montevideo. Taking part were President of Argentina Javier Milei, President of Brazil Luiz Inácio Lula da Silva, President of Paraguay Santiago Peña and President of Uruguay Luis Lacalle Pou.\n\n${sentence}\n`,
    handovers5Knowledge,
  ).chairmanships.map((term) => [term.countryId, term.startDate, term.endDate]);
