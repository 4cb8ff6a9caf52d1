import { z } from "zod";
import { PartialDate } from "./partial-date";

/**
 * When a source was published, retrieved or archived. Either a calendar date, possibly partial ("2020-11-12",
 * "2020-11"), because many sources give no time; or an ISO 8601 date-time, with or without an offset
 * ("2020-11-12T10:58:00+03:00", "2020-11-12T10:58"), kept exactly as the source states it: a local time without
 * an offset is not shifted into UTC, since the offset is often unknown.
 */
export const SourceTimestamp = z.union([PartialDate, z.iso.datetime({ offset: true, local: true })], {
  error: "Must be a date (YYYY, YYYY-MM, YYYY-MM-DD) or an ISO date-time such as 2020-11-12T10:58:00+03:00",
});
export type SourceTimestamp = z.infer<typeof SourceTimestamp>;

const LANGUAGE_TAG_ERROR = "Must be a language tag such as en, ru, zh or zh-Hans (an ISO 639-1 code first)";
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** True when the tag is well-formed BCP 47 (as Intl reads it) and its language is one ISO 639-1 names. */
function isKnownLanguageTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
  } catch {
    return false;
  }
  return languageNames.of(tag.split("-")[0]!) !== undefined;
}

/**
 * The language a source is written in: a BCP 47 tag whose language is a two-letter ISO 639-1 code ("en", "ru",
 * "zh-Hans", "kk"), so that pages can mark the archived text with `lang` and readers can tell a translation.
 */
const LANGUAGE_TAG = /^[a-z]{2}(?:-[A-Za-z0-9]{1,8})*$/;
export const SourceLanguage = z
  .string()
  .trim()
  .regex(LANGUAGE_TAG, { error: LANGUAGE_TAG_ERROR })
  // A malformed tag is already refused above: one message, not two.
  .refine((tag) => !LANGUAGE_TAG.test(tag) || isKnownLanguageTag(tag), { error: LANGUAGE_TAG_ERROR });
export type SourceLanguage = z.infer<typeof SourceLanguage>;

const optionalText = z.string().trim().min(1).optional();

/** The date part of a timestamp, as far as it goes ("2020", "2020-11", "2020-11-12"). */
const datePart = (timestamp: string) => timestamp.slice(0, 10);

export const Source = z
  .object({
    url: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }).optional(),
    title: optionalText,
    /** Who published the source: an agency, a ministry, a newspaper ("TASS", "Ministry of Foreign Affairs"). */
    publisher: optionalText,
    publishedAt: SourceTimestamp.optional(),
    retrievedAt: SourceTimestamp.optional(),
    language: SourceLanguage.optional(),
    note: optionalText,
    /**
     * The source's text as archived with the record (the seed press release is, and every imported release), so
     * facts stay traceable when the page it came from changes or goes away.
     */
    text: optionalText,
    /** When that text was archived. */
    archivedAt: SourceTimestamp.optional(),
  })
  .refine((source) => source.url !== undefined || source.title !== undefined || source.text !== undefined, {
    error: "A source needs at least a URL, a title or its text",
    path: ["url"],
  })
  .refine((source) => source.archivedAt === undefined || source.text !== undefined, {
    error: "Give the archived text, or leave the archiving date out",
    path: ["archivedAt"],
  })
  .refine(
    ({ publishedAt, archivedAt }) => {
      if (publishedAt === undefined || archivedAt === undefined) return true;
      const published = datePart(publishedAt);
      const archived = datePart(archivedAt);
      const length = Math.min(published.length, archived.length);
      return archived.slice(0, length) >= published.slice(0, length);
    },
    { error: "The text cannot have been archived before the source was published", path: ["archivedAt"] },
  );
export type Source = z.infer<typeof Source>;
