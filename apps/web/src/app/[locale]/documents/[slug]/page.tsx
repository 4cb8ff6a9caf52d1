import { label, LABELS, type Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { AdoptionAction } from "~/components/adoption-action";
import { CiteThis } from "~/components/cite-this";
import { JsonLd } from "~/components/json-ld";
import { organizationRef, sameAs, webPageLd } from "~/lib/json-ld";
import { siteUrl } from "~/server/site-url";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { Text } from "~/components/text";
import { CorrectionsSection } from "~/components/corrections-section";
import { DocumentStep } from "~/components/document-step";
import { RelationPhrase } from "~/components/relation-phrase";
import { Link } from "~/i18n/navigation";
import { formatMeetingDates, formatPartialDate, formatPeriod } from "~/lib/format-date";
import { inLocale } from "~/lib/locale";
import { pageMetadata } from "~/lib/page-metadata";
import { readDocument } from "~/server/public-reads";
import { findRecord, recordOrRedirect } from "~/server/or-not-found";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Rendered on first request, then cached (see the [locale] layout).
export function generateStaticParams() {
  return [];
}

const findDocument = cache((slug: string) => findRecord(readDocument(slug), "document", slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = await findDocument(slug);
  // An old slug or an unknown one: the page answers (a redirect or the 404 page), once.
  if (found.kind !== "found") return {};
  const { document } = found.record;
  return pageMetadata({
    locale,
    path: `/documents/${slug}`,
    title: inLocale(document.titleI18n, locale),
    type: "article",
  });
}

export default async function DocumentPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Document");
  const { document, actions, relations, texts, adoptingBody, meeting, lastCorrectedAt, corrections } =
    recordOrRedirect(await findDocument(slug), { locale, section: "documents" });
  const validity = formatPeriod(document.validFrom, document.validTo, locale);
  return (
    <article className="document">
      <h1>
        <Text value={document.titleI18n} />
      </h1>
      <dl className="facts">
        <div>
          <dt>{t("type")}</dt>
          <dd>{label("documentType", document.type, locale)}</dd>
        </div>
        <div>
          <dt>{t("action")}</dt>
          <dd>
            <AdoptionAction action={document.action} documentType={document.type} />
            {document.dateAdopted ? `, ${formatPartialDate(document.dateAdopted, locale)}` : null}
          </dd>
        </div>
        {adoptingBody ? (
          <div>
            <dt>{t("adoptingBody")}</dt>
            <dd>
              <Link href={`/organizations/${adoptingBody.slug}`}>
                <Text value={adoptingBody.nameI18n} />
              </Link>
            </dd>
          </div>
        ) : null}
        {meeting ? (
          <div>
            <dt>{t("meeting")}</dt>
            <dd>
              <Link href={`/meetings/${meeting.slug}`}>
                <Text value={meeting.titleI18n} />
              </Link>
              {meeting.startDate
                ? `, ${formatMeetingDates(meeting.startDate, meeting.endDate, locale)}`
                : null}
            </dd>
          </div>
        ) : null}
        {validity ? (
          <div>
            <dt>{t("validity")}</dt>
            <dd>{validity}</dd>
          </div>
        ) : null}
        {document.legalForce ? (
          <div>
            <dt>{t("legalForce")}</dt>
            <dd>{label("legalForce", document.legalForce, locale)}</dd>
          </div>
        ) : null}
        {document.legalStatus ? (
          <div>
            <dt>{t("legalStatus")}</dt>
            <dd>{label("legalStatus", document.legalStatus, locale)}</dd>
          </div>
        ) : null}
      </dl>
      {actions.length > 0 ? (
        <section aria-labelledby="lifecycle">
          <h2 id="lifecycle">{t("lifecycle")}</h2>
          <ul className="document-actions">
            {actions.map((action) => (
              <li key={action.id} className={action.planned ? "planned" : undefined}>
                <DocumentStep action={action} documentType={document.type} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {relations.length > 0 ? (
        <section aria-labelledby="relations">
          <h2 id="relations">{t("relations")}</h2>
          <ul className="document-relations">
            {relations.map(({ relation, direction, other }) => (
              <li key={relation.id}>
                <RelationPhrase type={relation.type} direction={direction} documentType={document.type} />{" "}
                {direction === "outgoing" ? "→" : "←"}{" "}
                <Link href={`/documents/${other.slug}`}>
                  <Text value={other.titleI18n} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="texts">
        <h2 id="texts">{t("texts")}</h2>
        {texts.length === 0 ? (
          <p className="muted">{t("noTexts")}</p>
        ) : (
          texts.map((text) => (
            <details key={text.id}>
              <summary>
                {/* The label is in the page's language; the title and the text in the text's own. */}
                {text.lang in LABELS.locale ? label("locale", text.lang as Locale, locale) : text.lang}:{" "}
                <cite lang={text.lang}>{text.title}</cite>
                {text.isAuthentic ? ` (${t("authentic")})` : null}
              </summary>
              <div className="source-text" lang={text.lang}>
                {text.body}
              </div>
              {text.sourceUrl ? <a href={text.sourceUrl}>{t("sourceText")}</a> : null}
            </details>
          ))
        )}
      </section>
      <CorrectionsSection
        lastCorrectedAt={lastCorrectedAt}
        corrections={corrections}
        documentType={document.type}
      />
      <CiteThis
        title={document.titleI18n}
        permalink={siteUrl(`/${locale}/documents/${document.slug}`)}
        accessed={formatPartialDate(new Date().toISOString().slice(0, 10), locale)}
      />
      <JsonLd
        data={webPageLd({
          url: siteUrl(`/${locale}/documents/${document.slug}`),
          name: inLocale(document.titleI18n, locale),
          locale,
          dateModified: document.updatedAt,
          mainEntity: {
            "@type": "Legislation",
            url: siteUrl(`/${locale}/documents/${document.slug}`),
            name: inLocale(document.titleI18n, locale),
            legislationType: document.type,
            legislationDate: document.dateAdopted ?? undefined,
            legislationPassedBy: adoptingBody ? organizationRef(adoptingBody, locale, siteUrl) : undefined,
            temporalCoverage: document.validFrom
              ? `${document.validFrom}/${document.validTo ?? ".."}`
              : undefined,
            legislationIdentifier: document.identifiers.find((i) => i.scheme === "un_symbol")?.value,
            sameAs: sameAs(document.identifiers),
          },
        })}
      />
    </article>
  );
}
