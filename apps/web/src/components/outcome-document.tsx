import { label } from "@plenary/domain";
import { useTranslations } from "next-intl";
import { AdoptionAction } from "./adoption-action";
import { DocumentStep } from "./document-step";
import { RelationPhrase } from "./relation-phrase";
import { Link } from "~/i18n/navigation";
import { formatPeriod } from "~/lib/format-date";
import { useSiteLocale } from "~/lib/locale";
import type { DocumentEntry } from "~/lib/types";
import { Text } from "./text";

/** One outcome document: what the meeting did with it, its validity, its life so far and planned, its relations. */
export function OutcomeDocument({
  entry,
  listedIds,
}: {
  entry: DocumentEntry;
  listedIds: ReadonlySet<string>;
}) {
  const locale = useSiteLocale();
  const t = useTranslations("Meeting");
  const { document, actions, relations } = entry;
  const validity = formatPeriod(document.validFrom, document.validTo, locale);
  return (
    <li id={`document-${document.slug}`} className="outcome-document">
      <p className="document-title">
        <Link href={`/documents/${document.slug}`}>
          <Text value={document.titleI18n} />
        </Link>
      </p>
      <p className="meta">
        <span>
          <AdoptionAction action={document.action} documentType={document.type} />
        </span>
        {validity ? <span>{t("valid", { period: validity })}</span> : null}
        {document.legalForce ? <span>{label("legalForce", document.legalForce, locale)}</span> : null}
      </p>
      {actions.length > 0 ? (
        <ul className="document-actions" aria-label={t("steps")}>
          {actions.map((action) => (
            <li key={action.id} className={action.planned ? "planned" : undefined}>
              {action.planned ? <span className="tag">{t("planned")}</span> : null}{" "}
              <DocumentStep action={action} documentType={document.type} />
            </li>
          ))}
        </ul>
      ) : null}
      {relations.length > 0 ? (
        <ul className="document-relations" aria-label={t("relatedDocuments")}>
          {relations.map(({ relation, direction, other }) => (
            <li key={relation.id}>
              <RelationPhrase type={relation.type} direction={direction} documentType={document.type} />{" "}
              {direction === "outgoing" ? "→" : "←"}{" "}
              {listedIds.has(other.id) ? (
                <a href={`#document-${other.slug}`}>
                  <Text value={other.titleI18n} />
                </a>
              ) : (
                <Link href={`/documents/${other.slug}`}>
                  <Text value={other.titleI18n} />
                </Link>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
