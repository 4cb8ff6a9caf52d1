import type { DocumentType, Locale, OutcomeTally } from "@plenary/domain";
import { countDocuments, tallyLabel } from "@plenary/domain";
import { groupInOrder } from "./group-in-order";

/**
 * A meeting's outcome documents by type, in the order they are listed, each group headed by how many the source
 * counts: "9 decisions (3 listed)" from a tally, "1 declaration" when there is none. A tally whose type has no
 * listed document still gets a group, with nothing in it, so the count is not lost.
 */
export function outcomeGroups<D extends { document: { type: DocumentType } }>(
  documents: readonly D[],
  tallies: readonly Pick<OutcomeTally, "documentType" | "count">[],
  locale: Locale,
): { type: DocumentType; heading: string; documents: D[] }[] {
  const byType = groupInOrder(documents, (entry) => entry.document.type);
  const unlisted = tallies.filter((tally) => !byType.some((group) => group.key === tally.documentType));
  return [
    ...byType.map(({ key, items }) => {
      const tally = tallies.find((t) => t.documentType === key);
      return {
        type: key,
        heading: tally
          ? tallyLabel(key, tally.count, items.length, locale)
          : countDocuments(key, items.length, locale),
        documents: items,
      };
    }),
    ...unlisted.map((tally) => ({
      type: tally.documentType,
      heading: tallyLabel(tally.documentType, tally.count, 0, locale),
      documents: [],
    })),
  ];
}
