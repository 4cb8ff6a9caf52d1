import type { Db } from "@plenary/db";
import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

const MEETING_SLUG = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

async function idOf(db: Db, table: "person" | "post" | "country" | "organization" | "topic", slug: string) {
  const row = await (
    db[table] as unknown as { findUniqueOrThrow(args: object): Promise<{ id: string }> }
  ).findUniqueOrThrow({ where: { slug } });
  return row.id;
}

async function documentId(db: Db, titleStart: string) {
  const row = await db.document.findFirstOrThrow({
    where: { titleI18n: { path: ["en"], string_starts_with: titleStart } },
  });
  return row.id;
}

describeEachDatabase("lookup.links: what links to a record, as lists", (fixture) => {
  let callers: Callers;
  let meetingId: string;

  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    meetingId = (await fixture.db.meeting.findUniqueOrThrow({ where: { slug: MEETING_SLUG } })).id;
  });

  const section = (links: { sections: { key: string }[] }, key: string) => {
    const found = links.sections.find((s) => s.key === key);
    if (!found) throw new Error(`no section ${key}`);
    return found as (typeof links.sections)[number] &
      Awaited<ReturnType<Callers["viewer"]["lookup"]["links"]>>["sections"][number];
  };

  it("lists a person's participations with the post held, category and role, the posts held and the speeches", async () => {
    const putin = await idOf(fixture.db, "person", "vladimir-putin");
    const links = await callers.viewer.lookup.links({ entityType: "person", id: putin });
    expect(links.subject.record.labelI18n.en).toBe("Vladimir Putin");
    expect(links.sections.map((s) => s.key)).toEqual(["participations", "postsHeld", "speeches"]);

    const participations = section(links, "participations");
    expect(participations.total).toBe(1);
    const [attended] = participations.rows;
    expect(attended!.record).toMatchObject({
      entityType: "meeting",
      id: meetingId,
      date: "2020-11-10",
      status: "published",
      trashed: false,
    });
    expect(attended!.also.map((r) => [r.entityType, r.labelI18n.en])).toEqual([
      ["post", "President of Russia"],
    ]);
    expect(attended!.facts).toEqual([
      { kind: "participationCategory", value: "member_state" },
      { kind: "participationRole", value: "chair" },
      { kind: "participationMode", value: "videoconference" },
    ]);
    expect(attended!.note).toBe("Russian President Vladimir Putin");

    expect(section(links, "postsHeld").rows.map((r) => r.record!.labelI18n.en)).toContain(
      "President of Russia",
    );
    const speeches = section(links, "speeches");
    expect(speeches.total).toBe(3);
    expect(speeches.rows.every((r) => r.record!.id === meetingId && r.facts[0]!.value === "paraphrase")).toBe(
      true,
    );
  });

  it("lists a document's meeting, its relations both ways with their type, and its actions", async () => {
    const plan = await documentId(fixture.db, "Action Plan for 2021");
    const links = await callers.viewer.lookup.links({ entityType: "document", id: plan });
    expect(links.subject.record).toMatchObject({ entityType: "document", status: "published" });
    expect(links.subject.facts[0]).toEqual({ kind: "documentType", value: "action_plan" });
    expect(links.subject).toMatchObject({ startDate: "2021", endDate: "2025" });

    expect(section(links, "meetings").rows.map((r) => r.record!.id)).toEqual([meetingId]);
    const relatesTo = section(links, "relatesTo").rows;
    expect(relatesTo.map((r) => [r.facts[0]!.value, r.record!.labelI18n.en])).toEqual([
      ["implements", "SCO Development Strategy until 2025"],
    ]);
    const referredToBy = section(links, "referredToBy").rows;
    expect(referredToBy.map((r) => [r.facts[0]!.value, r.record!.labelI18n.en.slice(0, 36)])).toEqual([
      ["approves", "Decision approving the Action Plan f"],
    ]);

    // The strategy is not in the meeting's package: no meeting, and referred to by the plan.
    const strategy = await documentId(fixture.db, "SCO Development Strategy");
    const strategyLinks = await callers.viewer.lookup.links({ entityType: "document", id: strategy });
    expect(section(strategyLinks, "meetings").total).toBe(0);
    expect(section(strategyLinks, "referredToBy").rows.map((r) => r.record!.id)).toEqual([plan]);

    const withActions = await fixture.db.documentAction.findFirstOrThrow({
      select: { documentId: true, type: true },
    });
    const actions = section(
      await callers.viewer.lookup.links({ entityType: "document", id: withActions.documentId }),
      "actions",
    );
    expect(actions.total).toBeGreaterThan(0);
    expect(actions.rows[0]!.record).toBeNull();
    expect(actions.rows.map((r) => r.facts[0]!.value)).toContain(withActions.type);
  });

  it("lists a country's posts, memberships, participations, chairmanships and hosted meetings; a post's holders", async () => {
    const russia = await idOf(fixture.db, "country", "russia");
    const links = await callers.viewer.lookup.links({ entityType: "country", id: russia });
    expect(section(links, "posts").rows.map((r) => r.record!.labelI18n.en)).toContain("President of Russia");
    expect(
      section(links, "memberships").rows.map((r) => [r.record!.labelI18n.en, r.facts[0]!.value, r.startDate]),
    ).toContainEqual(["Shanghai Cooperation Organisation", "founding_member", "2001-06-15"]);
    const participations = section(links, "participations").rows;
    expect(participations.map((r) => [r.record!.id, r.also[0]!.labelI18n.en])).toEqual([
      [meetingId, "Vladimir Putin"],
    ]);
    expect(section(links, "chairmanships").rows.map((r) => r.record!.slug)).toContain(
      "shanghai-cooperation-organisation",
    );
    expect(section(links, "meetingsHosted").rows.map((r) => r.record!.id)).toEqual([meetingId]);

    const president = await idOf(fixture.db, "post", "president-of-russia");
    const holders = section(
      await callers.viewer.lookup.links({ entityType: "post", id: president }),
      "holders",
    ).rows;
    expect(holders.map((r) => r.record!.labelI18n.en)).toContain("Vladimir Putin");
  });

  it("lists an organization's members, posts, meetings, sub-organizations and chairmanships, paged", async () => {
    const sco = await idOf(fixture.db, "organization", "shanghai-cooperation-organisation");
    const links = await callers.viewer.lookup.links({ entityType: "organization", id: sco, limit: 5 });
    const members = section(links, "members");
    expect(members.total).toBe(12);
    expect(members.rows).toHaveLength(5);
    expect(section(links, "subOrganizations").rows.map((r) => r.record!.slug)).toContain(
      "sco-council-of-heads-of-state",
    );
    const terms = section(links, "chairmanships").rows;
    expect(terms.map((r) => r.record!.labelI18n.en)).toEqual(
      expect.arrayContaining(["Russia", "Tajikistan"]),
    );
    // Each term names the meeting at the end it holds: Russia handed over at the seeded summit, Tajikistan took over there.
    const term = (country: string) => terms.find((r) => r.record!.labelI18n.en === country)!;
    expect(term("Russia").also.map((m) => m.id)).toEqual([meetingId]);
    expect(term("Russia").note).toBe("ended at the meeting of 2020-11-10");
    expect(term("Tajikistan").also.map((m) => m.id)).toEqual([meetingId]);
    expect(term("Tajikistan").note).toBe("began at the meeting of 2020-11-10");
    expect(section(links, "posts").total).toBeGreaterThan(0);

    // The next page of one section only: no overlap, and together they are every member.
    const rest = await callers.viewer.lookup.links({
      entityType: "organization",
      id: sco,
      section: "members",
      limit: 50,
      offset: 5,
    });
    expect(rest.sections.map((s) => s.key)).toEqual(["members"]);
    expect(rest.sections[0]!.offset).toBe(5);
    const all = [...members.rows, ...rest.sections[0]!.rows].map((r) => r.record!.id);
    expect(new Set(all).size).toBe(12);

    const council = await idOf(fixture.db, "organization", "sco-council-of-heads-of-state");
    expect(
      section(
        await callers.viewer.lookup.links({ entityType: "organization", id: council }),
        "meetings",
      ).rows.map((r) => r.record!.id),
    ).toEqual([meetingId]);
  });

  it("lists a topic's meetings and documents", async () => {
    const topic = await fixture.db.topic.findFirstOrThrow({ where: { documents: { some: {} } } });
    const links = await callers.viewer.lookup.links({ entityType: "topic", id: topic.id });
    expect(section(links, "documents").total).toBe(
      await fixture.db.documentTopic.count({ where: { topicId: topic.id } }),
    );
    expect(section(links, "meetings").total).toBe(
      await fixture.db.meetingTopic.count({ where: { topicId: topic.id } }),
    );
    expect(section(links, "documents").rows[0]!.record!.entityType).toBe("document");
  });

  it("needs a signed-in user and names a record that does not exist", async () => {
    const putin = await idOf(fixture.db, "person", "vladimir-putin");
    expect((await trpcError(callers.anonymous.lookup.links({ entityType: "person", id: putin }))).code).toBe(
      "UNAUTHORIZED",
    );
    expect(
      (await trpcError(callers.viewer.lookup.links({ entityType: "person", id: "cnotarealrecordid000000" })))
        .code,
    ).toBe("NOT_FOUND");
  });
});
