import { describe, expect, it } from "vitest";
import { readerFixtures } from "./fixtures";
import { readPressRelease } from "./read-press-release";
import { applyEdits, initialEdits, reviewedDraft } from "./review";

const seed = readerFixtures[0]!;
const proposal = readPressRelease(seed.text, seed.knowledge);

describe("reviewing a proposal", () => {
  it("accepting everything unchanged gives the proposal itself", () => {
    const edits = initialEdits(proposal);
    expect(applyEdits(proposal, edits)).toEqual(proposal);
  });

  it("drops a rejected document with its actions and relations, and a rejected participant with their speeches", () => {
    const edits = initialEdits(proposal);
    const actionPlan = proposal.documents.find((document) => document.type === "action_plan")!;
    const putin = proposal.participants.find((participant) => participant.role.value === "chair")!;
    edits.rejected.add(`document:${actionPlan.key}`);
    edits.rejected.add(`participant:${putin.protocolOrder}`);

    const reviewed = applyEdits(proposal, edits);
    expect(reviewed.documents.map((d) => d.key)).not.toContain(actionPlan.key);
    expect(reviewed.relations.some((r) => r.fromKey === actionPlan.key || r.toKey === actionPlan.key)).toBe(
      false,
    );
    expect(reviewed.actions.some((a) => a.documentKey === actionPlan.key)).toBe(false);
    expect(reviewed.participants).toHaveLength(proposal.participants.length - 1);
    expect(reviewed.speeches.every((speech) => speech.speakerOrder !== putin.protocolOrder)).toBe(true);
    expect(reviewed.speeches.length).toBeLessThan(proposal.speeches.length);
  });

  it("applies a chosen person, a new person's corrected name, corrected titles, dates and categories", () => {
    const edits = initialEdits(proposal);
    const [first, second] = proposal.participants;
    const document = proposal.documents[0]!;
    edits.people[first!.protocolOrder] = { kind: "new", name: "  Narendra Damodardas Modi " };
    edits.categories[second!.protocolOrder] = "guest_state";
    edits.documentTitles[document.key] = "The Moscow Declaration";
    edits.title = "20th Meeting of the SCO Council of Heads of State";
    edits.startDate = "2020-11-10";
    edits.endDate = "2020-11-10";

    const draft = reviewedDraft(proposal, edits);
    expect(draft.meeting).toMatchObject({
      titleI18n: { en: "20th Meeting of the SCO Council of Heads of State" },
      startDate: "2020-11-10",
      endDate: "2020-11-10",
    });
    expect(draft.newPeople).toEqual([
      expect.objectContaining({ nameI18n: { en: "Narendra Damodardas Modi" } }),
    ]);
    // A person other than the matched one has no known occupancy: the post stays to be linked by the editor.
    expect(draft.participations[0]).toMatchObject({ person: { key: expect.any(String) } });
    expect(draft.participations[1]!.category).toBe("guest_state");
    expect(draft.documents[0]!.titleI18n.en).toBe("The Moscow Declaration");
  });

  it("keeps a blank title or date as the reader proposed or unknown, never empty", () => {
    const edits = initialEdits(proposal);
    edits.title = "   ";
    edits.endDate = "";
    const reviewed = applyEdits(proposal, edits);
    expect(reviewed.title.value).toBe(proposal.title.value);
    expect(reviewed.endDate).toBeNull();
  });
});
