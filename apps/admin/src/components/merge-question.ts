import { RECORD_KIND_NOUNS } from "@plenary/domain";

/** The kinds of record the merge screen merges. */
export type MergeType = "person" | "post" | "country" | "organization";

/**
 * What merging does, said before it is done (merge.merge): every link of the duplicate moves to the record kept, its
 * address redirects there, its names stay findable as other names of the record kept (a post has none) and it goes
 * to the trash; the merge can be undone. `links` is what moves, in words (linkSummary of merge.preview), empty when
 * nothing links to the duplicate.
 */
export function mergeQuestion(entityType: MergeType, kept: string, duplicate: string, links: string): string {
  return [
    `Merge the ${RECORD_KIND_NOUNS[entityType].one} “${duplicate}” into “${kept}”?`,
    links ? `Its links move to “${kept}”: ${links}.` : "Nothing links to it.",
    `Its address redirects to “${kept}”${entityType === "post" ? "" : `, its names become other names of “${kept}”`},` +
      ` and “${duplicate}” goes to the trash.`,
    `The merge can be undone here, or later from the history of “${duplicate}”.`,
  ].join(" ");
}
