import { readChairmanships } from "./chairmanship";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
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
