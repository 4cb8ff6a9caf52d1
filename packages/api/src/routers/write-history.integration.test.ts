// Every change leaves history: merges, purges and removals write revisions of every record they change, each write
// names what it did for the audit log, and a trash confirmation can say which published pages show the record.
import { TRPCError } from "@trpc/server";
import { seed } from "@plenary/db/seed";
import { describeEachDatabase } from "@plenary/db/testing";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

const seedSlug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";

describeEachDatabase("history of every change", (fixture) => {
  let callers: Awaited<ReturnType<typeof callersFor>>;
  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
  });
  const meeting = () => fixture.db.meeting.findUniqueOrThrow({ where: { slug: seedSlug } });
  const lastRevision = (entityId: string) =>
    fixture.db.revision.findFirstOrThrow({ where: { entityId }, orderBy: { version: "desc" } });

  it("names publish, unpublish, trash and restore in the revision, as the audit log shows them", async () => {
    const before = await meeting();
    await callers.editor.publishing.unpublishMeeting({ id: before.id, version: before.version });
    expect((await lastRevision(before.id)).action).toBe("unpublished");
    await callers.editor.trash.move({ entityType: "meeting", id: before.id, version: before.version + 1 });
    expect((await lastRevision(before.id)).action).toBe("trashed");
    await callers.editor.trash.restore({ entityType: "meeting", id: before.id, version: before.version + 2 });
    expect((await lastRevision(before.id)).action).toBe("restored_from_trash");
    await callers.editor.publishing.publishMeeting({
      id: before.id,
      version: before.version + 3,
      confirmedDocumentIds: [],
    });
    const published = await lastRevision(before.id);
    expect(published).toMatchObject({ action: "published", version: before.version + 4 });
    // The revision holds the whole record, as every meeting revision does.
    expect((published.after as { participations: unknown[] }).participations).toHaveLength(15);
  });

  it("checks the confirmed draft documents in the transaction that publishes", async () => {
    const current = await meeting();
    await callers.editor.publishing.unpublishMeeting({ id: current.id, version: current.version });
    const declaration = await fixture.db.document.findUniqueOrThrow({
      where: { slug: "moscow-declaration-2020-11-10" },
    });
    await callers.editor.publishing.setDocumentStatus({
      id: declaration.id,
      version: declaration.version,
      status: "draft",
    });
    const refused = await callers.editor.publishing
      .publishMeeting({ id: current.id, version: current.version + 1, confirmedDocumentIds: [] })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).message).toContain("Moscow Declaration");
    expect((await meeting()).status).toBe("draft");
    await callers.editor.publishing.publishMeeting({
      id: current.id,
      version: current.version + 1,
      confirmedDocumentIds: [declaration.id],
    });
    expect((await meeting()).status).toBe("published");
    expect((await lastRevision(declaration.id)).action).toBe("published");
  });

  it("writes a revision of every meeting a merge relinks, and of each again when it is undone", async () => {
    const giyosov = await fixture.db.person.findUniqueOrThrow({ where: { slug: "jumakhon-giyosov" } });
    const { record: survivor } = await callers.editor.person.create({
      nameI18n: { en: "Jumakhon Giyosov (2)" },
    });
    const before = await meeting();
    const merged = await callers.editor.merge.merge({
      entityType: "person",
      survivor: { id: survivor.id, version: survivor.version },
      merged: { id: giyosov.id, version: giyosov.version },
    });
    const afterMerge = await meeting();
    expect(afterMerge.version).toBe(before.version + 1);
    const relinked = await lastRevision(before.id);
    const personIds = (revision: typeof relinked) =>
      (revision.after as { participations: { personId: string }[] }).participations.map((p) => p.personId);
    expect(personIds(relinked)).toContain(survivor.id);
    expect(personIds(relinked)).not.toContain(giyosov.id);
    expect((await lastRevision(giyosov.id)).action).toBe("merged");
    expect((await lastRevision(survivor.id)).action).toBe("merged_into");

    await callers.editor.merge.undo({ revisionId: merged.revisionId });
    expect((await meeting()).version).toBe(before.version + 2);
    expect(personIds(await lastRevision(before.id))).toContain(giyosov.id);
    expect((await lastRevision(giyosov.id)).action).toBe("merge_undone");
  });

  it("purges a country with a revision for each of its memberships, and refuses a stale purge", async () => {
    const { record: country } = await callers.editor.country.create({
      nameI18n: { en: "Purgeland" },
      iso2: "QP",
      iso3: "QPX",
    } as never);
    const sco = await fixture.db.organization.findUniqueOrThrow({
      where: { slug: "shanghai-cooperation-organisation" },
    });
    const { record: membership } = await callers.editor.membership.create({
      organizationId: sco.id,
      countryId: country.id,
      status: "member",
    });
    await callers.editor.trash.move({ entityType: "country", id: country.id, version: country.version });
    const stale = await callers.admin.trash
      .purge({ entityType: "country", id: country.id, version: country.version })
      .catch((error: unknown) => error);
    expect((stale as TRPCError).code).toBe("CONFLICT");
    await callers.admin.trash.purge({ entityType: "country", id: country.id, version: country.version + 1 });
    expect(await fixture.db.country.findUnique({ where: { id: country.id } })).toBeNull();
    const membershipRevision = await lastRevision(membership.id);
    expect(membershipRevision).toMatchObject({ entityType: "org_membership", action: "purged", after: null });
    expect(await lastRevision(country.id)).toMatchObject({ action: "purged", after: null });
  });

  it("says which published pages show a record before it goes to the trash", async () => {
    const putin = await fixture.db.person.findUniqueOrThrow({ where: { slug: "vladimir-putin" } });
    const shownOn = await callers.viewer.trash.publishedReferences({ entityType: "person", id: putin.id });
    expect(shownOn.total).toBe(1);
    expect(shownOn.items).toEqual([
      { entityType: "meeting", slug: seedSlug, title: expect.stringContaining("Council of Heads of State") },
    ]);
    const { record: nobody } = await callers.editor.person.create({ nameI18n: { en: "Linked Nowhere" } });
    expect(await callers.viewer.trash.publishedReferences({ entityType: "person", id: nobody.id })).toEqual({
      total: 0,
      items: [],
    });
  });
});
