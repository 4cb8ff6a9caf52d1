import { MeetingView } from "~/components/meeting-view";

export default async function MeetingPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return <MeetingView slug={slug} />;
}
