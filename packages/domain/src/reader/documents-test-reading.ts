import { readDocuments } from "./documents";
import { segment } from "./segment";

// How the documents tests read a text: the documents at the meeting as [type, title, action], and the tallies as
// [type, count]. `bodyNames` are the names of the meeting's body, and `venueCity` the city it was held in, as the reader
// passes them, and `date` and `endDate` the meeting's first and last days.

export const readDocumentsOf = (
  text: string,
  bodyNames?: readonly string[],
  venueCity?: string,
  date?: string,
  endDate?: string,
) => readDocuments({ text, paragraphs: segment(text), bodyNames, venueCity, date, endDate });

/** The documents of the meeting itself, as [type, title, action]. */
export const documentsFound = (text: string, bodyNames?: readonly string[], venueCity?: string) =>
  readDocumentsOf(text, bodyNames, venueCity)
    .documents.filter((d) => d.atMeeting)
    .map((d) => [d.type, d.title, d.action]);

/** The tallies, as [type, count]. */
export const talliesFound = (text: string, bodyNames?: readonly string[]) =>
  readDocumentsOf(text, bodyNames).tallies.map((t) => [t.documentType, t.count]);
