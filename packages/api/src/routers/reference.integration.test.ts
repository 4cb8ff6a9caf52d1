import { TRPCError } from "@trpc/server";
import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

type Callers = Awaited<ReturnType<typeof callersFor>>;

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

const pathsOf = (error: TRPCError) =>
  ((error.cause as { issues?: { path: PropertyKey[] }[] } | undefined)?.issues ?? []).map((i) =>
    i.path.map(String).join("."),
  );

describeEachDatabase("reference record procedures", (fixture) => {
  let callers: Callers;
  beforeAll(async () => {
    await seed(fixture.db);
    callers = await callersFor(fixture.db);
  });

  it("lists only the reference records a published record refers to", async () => {
    expect((await callers.anonymous.country.list()).total).toBe(12);
    expect((await callers.anonymous.person.list()).total).toBe(15);
    expect((await callers.anonymous.post.list()).total).toBe(15);
    expect((await callers.anonymous.topic.list()).total).toBe(10);
    // The SCO is public through its bodies; its Secretariat is named by no published record yet.
    const organizations = (await callers.anonymous.organization.list()).items.map((o) => o.slug).sort();
    expect(organizations).toEqual([
      "sco-council-of-heads-of-state",
      "sco-rats-executive-committee",
      "sco-regional-anti-terrorist-structure",
      "shanghai-cooperation-organisation",
      "united-nations",
    ]);
    expect((await callers.viewer.organization.listAll()).total).toBe(15);
  });

  it("shows a person's meetings with the capacity of that day", async () => {
    const putin = await callers.anonymous.person.detail({ slug: "vladimir-putin" });
    expect(putin.participations).toHaveLength(1);
    expect(putin.participations[0]).toMatchObject({
      participation: { role: "chair", category: "member_state" },
      meeting: { slug: "meeting-of-the-sco-council-of-heads-of-state-2020-11-10", startDate: "2020-11-10" },
      post: { labelI18n: { en: "President of Russia" } },
      country: { iso2: "RU" },
    });
    expect(putin.occupancies.map((o) => o.post.slug)).toEqual(["president-of-russia"]);
    // The speeches given, with the meeting they were given at.
    expect(putin.speeches.length).toBeGreaterThan(0);
    expect(putin.speeches[0]!.meeting.slug).toBe("meeting-of-the-sco-council-of-heads-of-state-2020-11-10");
    expect(putin.speeches.every(({ speech }) => speech.personId === putin.person.id)).toBe(true);
  });

  it("keeps a person created for a draft out of public reads", async () => {
    const { record } = await callers.editor.person.create({
      nameI18n: { en: "Kim Test-Person" },
      sortName: "Test-Person, Kim",
    });
    expect(record).toMatchObject({ slug: "kim-test-person", version: 1 });
    expect((await callers.anonymous.person.list()).total).toBe(15);
    expect((await failure(callers.anonymous.person.bySlug({ slug: "kim-test-person" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await callers.viewer.person.byId({ id: record.id })).nameI18n.en).toBe("Kim Test-Person");
  });

  it("refuses a stale update, a taken slug and invalid fields, writing nothing", async () => {
    const person = await callers.viewer.person
      .list()
      .then(() => callers.anonymous.person.bySlug({ slug: "xi-jinping" }));
    const saved = await callers.editor.person.update({
      id: person.id,
      version: person.version,
      birthDate: "1953-06",
    });
    expect(saved.record).toMatchObject({ version: person.version + 1, birthDate: "1953-06" });

    expect(
      (
        await failure(
          callers.editor.person.update({ id: person.id, version: person.version, birthDate: "1953" }),
        )
      ).code,
    ).toBe("CONFLICT");

    const clash = await failure(
      callers.editor.person.update({ id: person.id, version: saved.record.version, slug: "vladimir-putin" }),
    );
    expect(clash.code).toBe("BAD_REQUEST");
    expect(pathsOf(clash)).toEqual(["slug"]);

    const invalid = await failure(
      callers.editor.country.create({ iso2: "russia", iso3: "RUS", nameI18n: { en: "" } } as never),
    );
    expect(invalid.code).toBe("BAD_REQUEST");
    expect(pathsOf(invalid)).toEqual(expect.arrayContaining(["iso2", "nameI18n.en"]));

    const stored = await callers.anonymous.person.bySlug({ slug: "xi-jinping" });
    expect(stored).toMatchObject({ version: saved.record.version, birthDate: "1953-06" });
    expect(await fixture.db.country.count()).toBe(20);
  });

  it("stores a null official name or abbreviation as SQL NULL, so search and lists read the record", async () => {
    // Found by the malformed-input attack test: a JSON null here broke the search expressions (500 on create).
    const { record: country } = await callers.editor.country.create({
      iso2: "QJ",
      nameI18n: { en: "Nulland" },
      officialNameI18n: null,
    });
    const { record: organization } = await callers.editor.organization.create({
      nameI18n: { en: "Null Union" },
      abbreviationI18n: null,
      classification: "igo",
    });
    const [row] = await fixture.db.$queryRaw<{ official: boolean; abbreviation: boolean }[]>`
      select (select "officialNameI18n" is null from "Country" where id = ${country.id}) as official,
             (select "abbreviationI18n" is null from "Organization" where id = ${organization.id}) as abbreviation`;
    expect(row).toEqual({ official: true, abbreviation: true });
    const found = await callers.editor.lookup.list({ entityType: "country", q: "Nulland", limit: 5 });
    expect(found.items.map((item) => item.id)).toContain(country.id);
  });
});
