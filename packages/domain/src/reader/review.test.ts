import { describe, expect, it } from "vitest";
import { readerFixtures } from "./fixtures";
import { readPressRelease } from "./read-press-release";
import {
  addMentionAsParticipant,
  addSelectedFact,
  applyEdits,
  factsToCheck,
  handoverBodiesMissing,
  initialEdits,
  mentionsLeftOut,
  reviewedDraft,
} from "./review";

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

describe("the facts to check", () => {
  it("lists every fact once, least certain first, with keys the review's rejections use", () => {
    const facts = factsToCheck(proposal);
    expect(facts.length).toBe(
      2 +
        proposal.participants.length +
        proposal.documents.length +
        proposal.tallies.length +
        proposal.chairmanships.length +
        proposal.speeches.length +
        proposal.topics.length,
    );
    expect(new Set(facts.map((fact) => fact.key)).size).toBe(facts.length);
    for (let i = 1; i < facts.length; i++)
      expect(facts[i]!.confidence).toBeGreaterThanOrEqual(facts[i - 1]!.confidence);
    const least = Math.min(
      ...proposal.participants.map((p) => p.confidence),
      ...proposal.documents.map((d) => d.confidence),
    );
    expect(facts[0]!.confidence).toBeLessThanOrEqual(least);
    const chair = proposal.participants.find((participant) => participant.role.value === "chair")!;
    const edits = initialEdits(proposal);
    edits.rejected.add(facts.find((fact) => fact.key === `participant:${chair.protocolOrder}`)!.key);
    expect(applyEdits(proposal, edits).participants).toHaveLength(proposal.participants.length - 1);
  });
});

describe("facts made from selected text", () => {
  const at = (phrase: string) => {
    const start = proposal.source.text.indexOf(phrase);
    expect(start, phrase).toBeGreaterThanOrEqual(0);
    return [start, start + phrase.length] as const;
  };
  const made = (result: ReturnType<typeof addSelectedFact>) => {
    if ("error" in result) throw new Error(result.error);
    return result.proposal;
  };

  it("makes a participant of a selected name, a new person with the evidence of the selection", () => {
    const [start, end] = at("Vladimir Norov");
    const next = made(addSelectedFact(proposal, "participant", start - 1, end + 1));
    const added = next.participants.at(-1)!;
    expect(next.participants).toHaveLength(proposal.participants.length + 1);
    expect(added).toMatchObject({
      protocolOrder: Math.max(...proposal.participants.map((p) => p.protocolOrder)) + 1,
      nameAsStated: "Vladimir Norov",
      person: { value: { status: "new", proposed: { name: "Vladimir Norov", familyName: "Norov" } } },
      evidence: { start, end },
      confidence: 0.3,
    });
    // Category and mode are not stated by a selection: they come first in the facts to check.
    expect(factsToCheck(next)[0]!.confidence).toBeLessThanOrEqual(0.3);
    expect(reviewedDraft(next, initialEdits(next)).participations).toHaveLength(
      reviewedDraft(proposal, initialEdits(proposal)).participations.length + 1,
    );
  });

  it("makes a document of a selected title, its type from its noun", () => {
    const [start, end] = at("Moscow Declaration");
    const next = made(addSelectedFact(proposal, "document", start, end));
    expect(next.documents.at(-1)).toMatchObject({
      title: "Moscow Declaration",
      type: "declaration",
      action: "adopted",
      atMeeting: true,
      evidence: { start, end },
    });
    const again = made(addSelectedFact(next, "document", start, end));
    expect(new Set(again.documents.map((document) => document.key)).size).toBe(again.documents.length);
  });

  it("makes the handover of a selected phrase naming a participant's country, replacing the incoming term", () => {
    const tajik = proposal.participants.find((p) => p.country?.value.asStated.startsWith("Tajik"))!;
    const [start, end] = at(tajik.country!.value.asStated);
    const next = made(addSelectedFact(proposal, "handover", start, end));
    const incoming = next.chairmanships.filter((term) => term.endDate === null);
    expect(incoming).toEqual([
      expect.objectContaining({
        organizationId: proposal.organizationId,
        countryId: tajik.country!.value.countryId,
        handoverAtMeeting: true,
        confidence: 1,
      }),
    ]);
    expect(next.chairmanships.filter((term) => term.endDate !== null)).toEqual(
      proposal.chairmanships.filter((term) => term.endDate !== null),
    );
  });

  it("makes the handover to a country the release names but no participant or host is linked to", () => {
    const tajik = proposal.participants.find((p) => p.country?.value.asStated.startsWith("Tajik"))!;
    const countryId = tajik.country!.value.countryId;
    // The reader linked no participant to Tajikistan (its delegation unread, or the incoming chair sent none).
    const unlinked = {
      ...proposal,
      participants: proposal.participants.map((p) =>
        p.country?.value.countryId === countryId ? { ...p, country: null } : p,
      ),
    };
    const mention = unlinked.countryMentions.find((m) => m.countryId === countryId)!;
    expect(mention.asStated).toMatch(/^Tajik/);
    const { start, end } = mention.evidence;
    const next = made(addSelectedFact(unlinked, "handover", Math.max(0, start - 4), end));
    expect(next.chairmanships.filter((term) => term.endDate === null)).toEqual([
      expect.objectContaining({ countryId, handoverAtMeeting: true, confidence: 1 }),
    ]);
    // Without the release's mentions the selection names no country, as before.
    expect(addSelectedFact({ ...unlinked, countryMentions: [] }, "handover", start, end)).toMatchObject({
      error: expect.stringContaining("select the incoming chair's country"),
    });
  });

  it("says why a selection cannot make the fact", () => {
    expect(addSelectedFact(proposal, "participant", 0, 0)).toEqual({
      error: "Select some text of the release first.",
    });
    const [start, end] = at("Moscow Declaration");
    expect(addSelectedFact(proposal, "handover", start, end)).toMatchObject({
      error: expect.stringContaining("select the incoming chair's country"),
    });
  });

  it("makes a handover of a body the reader did not know, saved once the editor picks the body", () => {
    const tajik = proposal.participants.find((p) => p.country?.value.asStated.startsWith("Tajik"))!;
    const unknownBody = { ...proposal, organizationId: null, chairmanships: [] };
    const [start, end] = at(tajik.country!.value.asStated);
    const next = made(addSelectedFact(unknownBody, "handover", start, end));
    expect(next.chairmanships).toEqual([
      expect.objectContaining({ organizationId: null, countryId: tajik.country!.value.countryId }),
    ]);
    const edits = initialEdits(next);
    // Not saved without a body: the screen asks for one, or for the term to be rejected.
    expect(handoverBodiesMissing(next, edits)).toHaveLength(1);
    expect(reviewedDraft(next, edits).chairmanships).toEqual([]);
    edits.rejected.add("chairmanship:0");
    expect(handoverBodiesMissing(next, edits)).toEqual([]);
    edits.rejected.clear();
    edits.handoverBodies[0] = "org-picked";
    expect(handoverBodiesMissing(next, edits)).toEqual([]);
    expect(reviewedDraft(next, edits).chairmanships).toEqual([
      expect.objectContaining({ organizationId: "org-picked", countryId: tajik.country!.value.countryId }),
    ]);
  });
});

describe("half-read titles", () => {
  const text =
    "The meeting of the SCO Council of Heads of Government was held in Moscow on 30 November 2020. " +
    "Prime Minister of Rocklandia Ivan Petrovic took part. " +
    "Prime Minister of the Russian Federation Mikhail Mishustin chaired.";
  const halfRead = readPressRelease(text, seed.knowledge);

  it("creates no post from half a title, and the person whose name was corrected only", () => {
    const rocklandia = halfRead.participants.find((p) => p.titleAsStated.includes("Rocklandia"))!;
    expect(rocklandia.post?.value).toMatchObject({ status: "new", proposed: { label: "Prime Minister of" } });
    const edits = initialEdits(halfRead);
    edits.people[rocklandia.protocolOrder] = { kind: "new", name: "Ivan Petrović" };
    const draft = reviewedDraft(halfRead, edits);
    expect(draft.newPosts.map((post) => post.labelI18n.en)).toEqual(["Prime Minister of Russia"]);
    expect(draft.newPeople.map((person) => person.nameI18n.en)).toContain("Ivan Petrović");
    expect(draft.newPeople.map((person) => person.nameI18n.en)).not.toContain("Ivan Petrovic");
    const row = draft.participations.find((p) => p.titleAsStated.includes("Rocklandia"))!;
    expect(row.occupancy).toBeNull();
  });
});

describe("people named but not proposed", () => {
  const text =
    "The meeting of the SCO Council of Heads of Government was held in Moscow on 30 November 2020. " +
    "Prime Minister of the Russian Federation Mikhail Mishustin chaired. " +
    "Prime Minister of Rocklandia Ivan Petrovic took part. " +
    "The day before, Petrovic held talks with Trade Minister of Kazakhstan Goran Vuksic.";
  const named = readPressRelease(text, seed.knowledge);

  it("are left out until the editor adds one, which then leaves the list as a participant like a selected name", () => {
    expect(mentionsLeftOut(named).map((mention) => mention.nameAsStated)).toEqual(["Goran Vuksic"]);
    const mention = named.personMentions[0]!;
    const added = addMentionAsParticipant(named, mention);
    const selected = addSelectedFact(
      named,
      "participant",
      mention.person.evidence.start,
      mention.person.evidence.end,
    );
    if ("error" in added || "error" in selected) throw new Error("not added");
    // As a selection of the name would add them, with what the reader knew of the mention carried over: the title
    // as stated and the country it names (a selection of the name alone names none).
    const participant = added.proposal.participants.at(-1)!;
    expect(participant).toMatchObject({
      nameAsStated: "Goran Vuksic",
      titleAsStated: "Trade Minister of Kazakhstan Goran Vuksic",
      country: { value: { asStated: "Kazakhstan" } },
      person: mention.person,
      evidence: mention.evidence,
      role: { value: "participant" },
    });
    expect(selected.proposal.participants.at(-1)!.country).toBeNull();
    expect(participant.protocolOrder).toBe(selected.proposal.participants.at(-1)!.protocolOrder);
    expect(mentionsLeftOut(added.proposal)).toEqual([]);
    // The reader's list itself is kept: only what is left of it changes.
    expect(added.proposal.personMentions).toEqual(named.personMentions);
  });

  it("a known person added from the list is that person, not a new one of the same name", () => {
    const known = readPressRelease(
      "The meeting of the SCO Council of Heads of Government was held in Moscow on 30 November 2020. " +
        "Prime Minister of the Russian Federation Mikhail Mishustin chaired. " +
        "A message from Narendra Modi was read out.",
      seed.knowledge,
    );
    const mention = known.personMentions.find((m) => m.nameAsStated === "Narendra Modi")!;
    expect(mention.person.value.status).toBe("matched");
    const added = addMentionAsParticipant(known, mention);
    if ("error" in added) throw new Error(added.error);
    expect(added.proposal.participants.at(-1)!.person.value).toEqual(mention.person.value);
    expect(mentionsLeftOut(added.proposal)).toEqual([]);
  });

  it("a participant rejected in review is still no mention", () => {
    const edits = initialEdits(named);
    edits.rejected.add("participant:2");
    expect(mentionsLeftOut(applyEdits(named, edits)).map((mention) => mention.nameAsStated)).toEqual([
      "Goran Vuksic",
    ]);
  });
});
