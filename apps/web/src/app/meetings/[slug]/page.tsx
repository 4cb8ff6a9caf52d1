import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ChairmanshipSection } from "~/components/chairmanship-section";
import { MeetingHeader } from "~/components/meeting-header";
import { OutcomeDocumentsSection } from "~/components/outcome-documents-section";
import { ParticipantsSection } from "~/components/participants-section";
import { SeriesNav } from "~/components/series-nav";
import { SourcesSection } from "~/components/sources-section";
import { SpeechesSection } from "~/components/speeches-section";
import { TopicsSection } from "~/components/topics-section";
import { inLocale } from "~/lib/locale";
import { findMeeting } from "~/server/meeting";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const found = await findMeeting((await params).slug);
  if (found.kind !== "found") return { title: "Meeting not found" };
  const { meeting } = found.detail;
  return {
    title: inLocale(meeting.titleI18n),
    description: meeting.summaryI18n ? inLocale(meeting.summaryI18n) : undefined,
  };
}

export default async function MeetingPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const found = await findMeeting(slug);
  if (found.kind === "moved") permanentRedirect(`/meetings/${found.slug}`);
  if (found.kind === "missing") notFound();
  const { detail } = found;

  return (
    <article className="meeting">
      <MeetingHeader detail={detail} />
      <ParticipantsSection participations={detail.participations} />
      <OutcomeDocumentsSection detail={detail} />
      <ChairmanshipSection detail={detail} />
      <SpeechesSection speeches={detail.speeches} />
      <TopicsSection topics={detail.topics} />
      <SourcesSection sources={detail.meeting.sources} />
      <SeriesNav detail={detail} />
    </article>
  );
}
