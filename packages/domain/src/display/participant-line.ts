import type { Locale } from "../common/localized-text";

export type ParticipantLineInput = {
  /** Raw title and name from the source ("Russian President Vladimir Putin"); may carry its slips. */
  titleAsStated?: string | null;
  /** Canonical label of the post held that day, already localized ("President of Russia"). */
  postLabel?: string | null;
  /** Canonical name, already localized ("Vladimir Putin"). */
  personName: string;
};

/**
 * One line of a participant list: "Prime Minister of India Narendra Modi".
 *
 * The canonical post label and canonical name win, because sources word titles inconsistently ("Russian
 * President", "Russian leader") and misspell names ("Jumakhon Gijesov"); the stated title stays available as a
 * quote elsewhere. Without a linked post, the stated title is used only when it contains the canonical name
 * (then only its title part comes from the source); otherwise the name stands alone rather than repeat a slip.
 * Chinese joins title and name without a space (印度总理纳伦德拉·莫迪).
 */
export function participantLine(input: ParticipantLineInput, locale: Locale = "en"): string {
  const { postLabel, titleAsStated, personName } = input;
  if (postLabel) return locale === "zh" ? `${postLabel}${personName}` : `${postLabel} ${personName}`;
  if (titleAsStated && titleAsStated.includes(personName)) return titleAsStated.trim();
  return personName;
}
