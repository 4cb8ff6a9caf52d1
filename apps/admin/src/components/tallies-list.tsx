import { tallyLabel } from "@plenary/domain";
import type { MeetingDetail } from "~/lib/types";

/** The counts the source gives, against how many documents of each type are listed. */
export function TalliesList({ tallies, documents }: Pick<MeetingDetail, "tallies" | "documents">) {
  if (tallies.length === 0) return null;
  return (
    <section aria-labelledby="tallies">
      <h2 id="tallies">Tallies</h2>
      <ul>
        {tallies.map((tally) => {
          const listed = documents.filter((entry) => entry.document.type === tally.documentType).length;
          return <li key={tally.id}>{tallyLabel(tally.documentType, tally.count, listed, "en")}</li>;
        })}
      </ul>
    </section>
  );
}
