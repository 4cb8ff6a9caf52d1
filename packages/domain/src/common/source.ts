import { z } from "zod";
import { PartialDate } from "./partial-date";

/**
 * When a source was published or retrieved. Either a calendar date, possibly partial ("2020-11-12", "2020-11"),
 * because many sources give no time; or an ISO 8601 date-time, with or without an offset
 * ("2020-11-12T10:58:00+03:00", "2020-11-12T10:58"), kept exactly as the source states it: a local time without
 * an offset is not shifted into UTC, since the offset is often unknown.
 */
export const SourceTimestamp = z.union([PartialDate, z.iso.datetime({ offset: true, local: true })], {
  error: "Must be a date (YYYY, YYYY-MM, YYYY-MM-DD) or an ISO date-time such as 2020-11-12T10:58:00+03:00",
});
export type SourceTimestamp = z.infer<typeof SourceTimestamp>;

const optionalText = z.string().trim().min(1).optional();

export const Source = z
  .object({
    url: z.url({ protocol: /^https?$/, error: "Must be an http(s) URL" }).optional(),
    title: optionalText,
    publishedAt: SourceTimestamp.optional(),
    retrievedAt: SourceTimestamp.optional(),
    note: optionalText,
    /** The source's full text when it is kept with the record (the seed press release is), so facts stay traceable. */
    text: optionalText,
  })
  .refine((source) => source.url !== undefined || source.title !== undefined || source.text !== undefined, {
    error: "A source needs at least a URL, a title or its text",
    path: ["url"],
  });
export type Source = z.infer<typeof Source>;
