import type { TRPCError } from "@trpc/server";
import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

const issuesOf = (error: TRPCError) =>
  ((error.cause as { issues?: { path: PropertyKey[]; code?: string }[] } | undefined)?.issues ?? []).map(
    (i) => ({
      path: i.path.map(String).join("."),
      code: i.code,
    }),
  );

describeEachDatabase("occupancy and membership procedures", (fixture) => {
  let callers: Callers;
  let sco: string;
  let india: string;
  let newland: string;
  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
    sco = (
      await fixture.db.organization.findFirstOrThrow({ where: { slug: "shanghai-cooperation-organisation" } })
    ).id;
    india = (await fixture.db.country.findFirstOrThrow({ where: { iso2: "IN" } })).id;
    newland = (await callers.editor.country.create({ iso2: "QZ", nameI18n: { en: "Terms Testland" } })).record
      .id;
  });

  const revisionsOf = (entityType: "occupancy" | "org_membership", entityId: string) =>
    fixture.db.revision.findMany({ where: { entityType, entityId }, orderBy: { version: "asc" } });

  it("records a new person's new post, with a revision per write, and lists it for the person", async () => {
    const person = (await callers.editor.person.create({ nameI18n: { en: "Ana Terms-Test" } })).record;
    const post = (
      await callers.editor.post.create({
        labelI18n: { en: "Secretary-General of the Terms Test" },
        role: "head_of_igo",
        organizationId: sco,
      })
    ).record;
    const { record } = await callers.editor.occupancy.create({
      personId: person.id,
      postId: post.id,
      startDate: "2022-01",
      qualifier: "acting",
    });
    expect(record).toMatchObject({
      personId: person.id,
      postId: post.id,
      startDate: "2022-01",
      endDate: null,
      qualifier: "acting",
      version: 1,
    });

    const ended = await callers.editor.occupancy.update({
      id: record.id,
      version: 1,
      endDate: "2024-12-31",
      qualifier: null,
    });
    expect(ended.record).toMatchObject({
      startDate: "2022-01",
      endDate: "2024-12-31",
      qualifier: null,
      version: 2,
    });
    expect((await revisionsOf("occupancy", record.id)).map((r) => r.version)).toEqual([1, 2]);

    const listed = await callers.viewer.occupancy.forPerson({ personId: person.id });
    expect(listed.map((o) => [o.postLabelI18n.en, o.startDate, o.endDate])).toEqual([
      ["Secretary-General of the Terms Test", "2022-01", "2024-12-31"],
    ]);
    // The meeting editor's list of the person's posts held sees it, covering a date inside the term.
    const lookup = await callers.viewer.lookup.occupancies({ personId: person.id, date: "2023-06-01" });
    expect(lookup.map((o) => [o.id, o.coversDate])).toEqual([[record.id, true]]);
  });

  it("refuses a stale version, dates out of order and a missing post, changing nothing", async () => {
    const xi = await fixture.db.person.findFirstOrThrow({ where: { slug: "xi-jinping" } });
    const post = await fixture.db.post.findFirstOrThrow({ where: { slug: "president-of-china" } });
    const { record } = await callers.editor.occupancy.create({
      personId: xi.id,
      postId: post.id,
      startDate: "2008-03-15",
      endDate: "2013-03-14",
    });
    await callers.editor.occupancy.update({ id: record.id, version: 1, startDate: "2008-03" });

    const stale = await trpcError(
      callers.editor.occupancy.update({ id: record.id, version: 1, startDate: "2008" }),
    );
    expect(stale.code).toBe("CONFLICT");

    const backwards = await trpcError(
      callers.editor.occupancy.update({ id: record.id, version: 2, endDate: "2007" }),
    );
    expect(backwards.code).toBe("BAD_REQUEST");
    expect(issuesOf(backwards)).toEqual([{ path: "endDate", code: "end_before_start" }]);

    const nowhere = await trpcError(
      callers.editor.occupancy.create({
        personId: xi.id,
        postId: "c0000000000000000000nopost",
        startDate: "2020",
      }),
    );
    expect(nowhere.code).toBe("BAD_REQUEST");
    expect(issuesOf(nowhere)).toEqual([{ path: "postId", code: "missing_reference" }]);

    const malformed = await trpcError(
      callers.editor.occupancy.create({
        personId: xi.id,
        postId: post.id,
        startDate: "15 March 2008",
      } as never),
    );
    expect(malformed.code).toBe("BAD_REQUEST");

    expect(await callers.viewer.occupancy.byId({ id: record.id })).toMatchObject({
      version: 2,
      startDate: "2008-03",
      endDate: "2013-03-14",
    });
    expect(await revisionsOf("occupancy", record.id)).toHaveLength(2);
    expect(await fixture.db.occupancy.count({ where: { personId: xi.id, postId: post.id } })).toBe(2);
  });

  it("removes a post held entered by mistake, keeping it in the history, but not one a participation names", async () => {
    const putin = await fixture.db.person.findFirstOrThrow({ where: { slug: "vladimir-putin" } });
    const [held] = await callers.viewer.occupancy.forPerson({ personId: putin.id });
    expect(await fixture.db.participation.count({ where: { occupancyId: held!.id } })).toBeGreaterThan(0);
    const named = await trpcError(callers.editor.occupancy.remove({ id: held!.id, version: held!.version }));
    expect(named.code).toBe("BAD_REQUEST");
    expect(issuesOf(named)).toEqual([{ path: "id", code: "still_referenced" }]);
    expect(await callers.viewer.occupancy.byId({ id: held!.id })).toMatchObject({ version: held!.version });

    const { record } = await callers.editor.occupancy.create({
      personId: putin.id,
      postId: held!.postId,
      startDate: "1990",
    });
    await callers.editor.occupancy.update({ id: record.id, version: 1, endDate: "1991" });
    expect((await trpcError(callers.editor.occupancy.remove({ id: record.id, version: 1 }))).code).toBe(
      "CONFLICT",
    );
    expect(await callers.viewer.occupancy.byId({ id: record.id })).toMatchObject({ version: 2 });

    await callers.editor.occupancy.remove({ id: record.id, version: 2 });
    expect((await trpcError(callers.viewer.occupancy.byId({ id: record.id }))).code).toBe("NOT_FOUND");
    const revisions = await revisionsOf("occupancy", record.id);
    expect(revisions.map((r) => [r.version, r.after === null])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(revisions[2]!.before).toMatchObject({ startDate: "1990", endDate: "1991" });
    expect((await trpcError(callers.editor.occupancy.remove({ id: record.id, version: 2 }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses a viewer's writes", async () => {
    const xi = await fixture.db.person.findFirstOrThrow({ where: { slug: "xi-jinping" } });
    const post = await fixture.db.post.findFirstOrThrow({ where: { slug: "president-of-china" } });
    expect(
      (await trpcError(callers.viewer.occupancy.create({ personId: xi.id, postId: post.id }))).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await trpcError(
          callers.viewer.membership.create({ organizationId: sco, countryId: india, status: "member" }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const [held] = await callers.viewer.occupancy.forPerson({ personId: xi.id });
    expect(
      (await trpcError(callers.viewer.occupancy.remove({ id: held!.id, version: held!.version }))).code,
    ).toBe("FORBIDDEN");
  });

  it("keeps one membership status per country and organization at a time (rule 5), half-open", async () => {
    const before = await fixture.db.orgMembership.count();
    // India has been a member since 2017-06-09 (seed): an observer status before that ends where membership starts.
    const observer = await callers.editor.membership.create({
      organizationId: sco,
      countryId: india,
      status: "observer",
      startDate: "2005-07-05",
      endDate: "2017-06-09",
    });
    expect(observer.record).toMatchObject({ status: "observer", version: 1 });

    const overlapping = await trpcError(
      callers.editor.membership.update({ id: observer.record.id, version: 1, endDate: "2018-01-01" }),
    );
    expect(overlapping.code).toBe("BAD_REQUEST");
    expect(issuesOf(overlapping)).toEqual([{ path: "startDate", code: "membership_overlap" }]);
    expect(overlapping.message).toContain("India");

    const open = await trpcError(
      callers.editor.membership.create({
        organizationId: sco,
        countryId: india,
        status: "dialogue_partner",
        startDate: "2020",
      }),
    );
    expect(open.code).toBe("BAD_REQUEST");
    expect(issuesOf(open)).toEqual([{ path: "startDate", code: "membership_overlap" }]);

    expect(await fixture.db.orgMembership.count()).toBe(before + 1);
    expect(await callers.viewer.membership.byId({ id: observer.record.id })).toMatchObject({
      version: 1,
      endDate: "2017-06-09",
    });

    // Another country is not in the way; a stale edit conflicts and writes nothing.
    const candidate = await callers.editor.membership.create({
      organizationId: sco,
      countryId: newland,
      status: "candidate",
      startDate: "2030",
    });
    await callers.editor.membership.update({ id: candidate.record.id, version: 1, status: "member" });
    expect(
      (
        await trpcError(
          callers.editor.membership.update({ id: candidate.record.id, version: 1, status: "suspended" }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect((await revisionsOf("org_membership", candidate.record.id)).map((r) => r.version)).toEqual([1, 2]);

    const listed = await callers.viewer.membership.forOrganization({ organizationId: sco });
    expect(
      listed.filter((m) => m.countryId === india).map((m) => [m.status, m.startDate, m.endDate]),
    ).toEqual([
      ["observer", "2005-07-05", "2017-06-09"],
      ["member", "2017-06-09", null],
    ]);
    expect(listed.find((m) => m.id === candidate.record.id)).toMatchObject({
      status: "member",
      countryNameI18n: { en: "Terms Testland" },
    });

    // Removed (from the version seen), it is gone from the list and its last revision keeps what it was.
    expect(
      (await trpcError(callers.editor.membership.remove({ id: candidate.record.id, version: 1 }))).code,
    ).toBe("CONFLICT");
    await callers.editor.membership.remove({ id: candidate.record.id, version: 2 });
    expect(
      (await callers.viewer.membership.forOrganization({ organizationId: sco })).some(
        (m) => m.id === candidate.record.id,
      ),
    ).toBe(false);
    expect(
      (await revisionsOf("org_membership", candidate.record.id)).map((r) => [r.version, r.after === null]),
    ).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });
});
