import { ReleaseReview } from "~/components/release/release-review";
import { RoleGate } from "~/components/role-gate";
import "~/components/release/release.css";

export const metadata = { title: "New meeting from a press release" };

export default function MeetingFromReleasePage() {
  return (
    <>
      <h1>New meeting from a press release</h1>
      <RoleGate
        needs="editor"
        refusal="Your role can read meetings but not create them: ask an admin for the editor role."
      >
        <ReleaseReview />
      </RoleGate>
    </>
  );
}
