import { ReleaseReview } from "~/components/release/release-review";
import "~/components/release/release.css";

export const metadata = { title: "New meeting from a press release" };

export default function MeetingFromReleasePage() {
  return (
    <>
      <h1>New meeting from a press release</h1>
      <ReleaseReview />
    </>
  );
}
