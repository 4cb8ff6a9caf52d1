import type { Locale } from "@plenary/domain";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChairmanshipSection } from "~/components/chairmanship-section";
import { CiteThis } from "~/components/cite-this";
import { JsonLd } from "~/components/json-ld";
import { meetingEventLd, webPageLd } from "~/lib/json-ld";
import { MeetingDownloads } from "~/components/meeting-downloads";
import { MeetingHeader } from "~/components/meeting-header";
import { OutcomeDocumentsSection } from "~/components/outcome-documents-section";
import { ParticipantsSection } from "~/components/participants-section";
import { PreviewBanner } from "~/components/preview-banner";
import { SeriesNav } from "~/components/series-nav";
import { SourcesSection } from "~/components/sources-section";
import { SpeechesSection } from "~/components/speeches-section";
import { TopicsSection } from "~/components/topics-section";
import { CorrectionsSection } from "~/components/corrections-section";
import { ParticipantsMapSection } from "~/components/participants-map-section";
import { alternatesFor } from "~/lib/alternates";
import { formatPartialDate } from "~/lib/format-date";
import { inLocale } from "~/lib/locale";
import { findMeeting } from "~/server/meeting";
import { recordOrRedirect } from "~/server/or-not-found";
import { siteUrl } from "~/server/site-url";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Rendered on first request, then cached (see the [locale] layout).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = await findMeeting(slug);
  if (found.kind !== "found")
    return { title: (await getTranslations({ locale, namespace: "Meeting" }))("notFound") };
  const { detail, preview } = found.record;
  const { meeting } = detail;
  const title = inLocale(meeting.titleI18n, locale);
  const description = meeting.summaryI18n
    ? inLocale(meeting.summaryI18n, locale)
    : (await getTranslations({ locale, namespace: "PageDescriptions" }))("meeting", { name: title });
  return {
    title,
    description,
    alternates: alternatesFor(`/meetings/${meeting.slug}`, locale),
    openGraph: { title, description, type: "article", url: `/${locale}/meetings/${meeting.slug}` },
    // A preview is one editor's view of unpublished work: never to be indexed, whatever it links to.
    ...(preview ? { robots: { index: false, follow: false } } : {}),
  };
}

export default async function MeetingPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { detail, preview } = recordOrRedirect(await findMeeting(slug), { locale, section: "meetings" });
  const { meeting } = detail;
  const permalink = siteUrl(`/${locale}/meetings/${meeting.slug}`);

  return (
    <article className="meeting">
      {preview ? <PreviewBanner slug={meeting.slug} published={meeting.status === "published"} /> : null}
      <MeetingHeader detail={detail} />
      <ParticipantsSection participations={detail.participations} />
      <ParticipantsMapSection slug={meeting.slug} participations={detail.participations} />
      <OutcomeDocumentsSection detail={detail} />
      <ChairmanshipSection detail={detail} />
      <SpeechesSection speeches={detail.speeches} />
      <TopicsSection topics={detail.topics} />
      <SourcesSection sources={detail.meeting.sources} />
      <SeriesNav detail={detail} />
      <MeetingDownloads slug={meeting.slug} />
      <CorrectionsSection lastCorrectedAt={detail.lastCorrectedAt} corrections={detail.corrections} />
      <CiteThis
        title={meeting.titleI18n}
        permalink={permalink}
        accessed={formatPartialDate(new Date().toISOString().slice(0, 10), locale)}
      />
      <JsonLd
        data={webPageLd({
          url: permalink,
          name: inLocale(meeting.titleI18n, locale),
          locale,
          dateModified: meeting.updatedAt,
          mainEntity: meetingEventLd(detail, locale, siteUrl),
        })}
      />
    </article>
  );
}
