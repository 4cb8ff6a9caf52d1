import { label } from "@plenary/domain";
import { describeDocumentAction, relationPhrase } from "~/lib/document-phrases";
import { formatPeriod } from "~/lib/format-date";
import { inLocale, LOCALE } from "~/lib/locale";
import type { DocumentEntry } from "~/lib/types";

/** One outcome document: what the meeting did with it, its validity, its life so far and planned, its relations. */
export function OutcomeDocument({
  entry,
  listedIds,
}: {
  entry: DocumentEntry;
  listedIds: ReadonlySet<string>;
}) {
  const { document, actions, relations } = entry;
  const validity = formatPeriod(document.validFrom, document.validTo);
  return (
    <li id={`document-${document.slug}`} className="outcome-document">
      <p className="document-title">{inLocale(document.titleI18n)}</p>
      <p className="meta">
        <span>{label("adoptionAction", document.action, LOCALE)}</span>
        {validity ? <span>Valid {validity}</span> : null}
        {document.legalForce ? <span>{label("legalForce", document.legalForce, LOCALE)}</span> : null}
      </p>
      {actions.length > 0 ? (
        <ul className="document-actions" aria-label="Steps">
          {actions.map((action) => (
            <li key={action.id} className={action.planned ? "planned" : undefined}>
              {action.planned ? <span className="tag">Planned</span> : null} {describeDocumentAction(action)}
            </li>
          ))}
        </ul>
      ) : null}
      {relations.length > 0 ? (
        <ul className="document-relations" aria-label="Related documents">
          {relations.map(({ relation, direction, other }) => (
            <li key={relation.id}>
              {relationPhrase(relation.type, direction)} {direction === "outgoing" ? "→" : "←"}{" "}
              {listedIds.has(other.id) ? (
                <a href={`#document-${other.slug}`}>{inLocale(other.titleI18n)}</a>
              ) : (
                <cite>{inLocale(other.titleI18n)}</cite>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
