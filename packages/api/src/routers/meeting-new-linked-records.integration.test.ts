import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { pathsOf, trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

describeEachDatabase(
  "meeting.saveRecord creates new posts, organizations, countries and posts held, linked by temporary ids",
  (fixture) => {
    let callers: Callers;
    let seedId: string;
    let kazakhstanId: string;
    const slug = "meeting-of-the-sco-council-of-heads-of-state-2020-11-10";
    const PERSON = "newperson0000000002";
    const ORG = "neworganization00001";
    const COUNTRY = "newcountry000000001";
    const POST = "newpost000000000001";
    const HELD = "newoccupancy0000001";
    const TOPIC = "newtopic00000000001";

    beforeAll(async () => {
      await seed(fixture.db);
      callers = await callersFor(fixture.db);
      seedId = (await fixture.db.meeting.findUniqueOrThrow({ where: { slug } })).id;
      kazakhstanId = (await fixture.db.country.findFirstOrThrow({ where: { iso2: "KZ" } })).id;
    });

    const english = (value: string) => ({ path: ["en"], equals: value });
    const people = (name: string) => fixture.db.person.findMany({ where: { nameI18n: english(name) } });
    const posts = (label: string) => fixture.db.post.findMany({ where: { labelI18n: english(label) } });
    const organizations = (name: string) =>
      fixture.db.organization.findMany({ where: { nameI18n: english(name) } });
    const countries = (iso2: string) => fixture.db.country.findMany({ where: { iso2 } });

    /** The seed meeting with one more participant: a new person holding a new post of a new organization. */
    const withNewHolder = async (name: string, changes: { version?: number; endDate?: string } = {}) => {
      const record = await callers.viewer.meeting.record({ id: seedId });
      return {
        ...record,
        ...changes,
        topicIds: [...record.topicIds, TOPIC],
        participations: [
          ...record.participations,
          {
            personId: PERSON,
            occupancyId: HELD,
            titleAsStated: `Secretary-General of the ${name} Council`,
            category: "igo_official" as const,
            role: "participant" as const,
            mode: "in_person" as const,
          },
        ],
        newRecords: {
          people: [{ tempId: PERSON, nameI18n: { en: `${name} Holder` } }],
          countries: [
            { tempId: COUNTRY, iso2: "XQ", iso3: null, nameI18n: { en: `${name} Land` }, demonyms: [] },
          ],
          organizations: [
            { tempId: ORG, nameI18n: { en: `${name} Council` }, classification: "igo" as const },
          ],
          topics: [{ tempId: TOPIC, labelI18n: { en: `${name} topic` } }],
          posts: [
            {
              tempId: POST,
              labelI18n: { en: `Secretary-General of the ${name} Council` },
              role: "head_of_igo" as const,
              organizationId: ORG,
              countryId: COUNTRY,
            },
          ],
          occupancies: [{ tempId: HELD, personId: PERSON, postId: POST, startDate: "2019" }],
        },
      };
    };

    const nothingCreated = async (name: string) => {
      expect(await people(`${name} Holder`)).toEqual([]);
      expect(await posts(`Secretary-General of the ${name} Council`)).toEqual([]);
      expect(await organizations(`${name} Council`)).toEqual([]);
      expect(await countries("XQ")).toEqual([]);
      expect(await fixture.db.topic.findMany({ where: { labelI18n: english(`${name} topic`) } })).toEqual([]);
    };

    it("creates nothing when the save is stale (CONFLICT)", async () => {
      const start = await callers.viewer.meeting.record({ id: seedId });
      await callers.editor.meeting.saveRecord({ ...start, summaryI18n: { en: "Saved by someone else." } });
      const stale = await trpcError(
        callers.editor.meeting.saveRecord(await withNewHolder("Stale", { version: start.version })),
      );
      expect(stale.code).toBe("CONFLICT");
      await nothingCreated("Stale");
    });

    it("creates nothing when a rule refuses the meeting", async () => {
      const refused = await trpcError(
        callers.editor.meeting.saveRecord(await withNewHolder("Refused", { endDate: "2020-11-01" })),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      await nothingCreated("Refused");
    });

    it("refuses a temporary id that names a record of another kind, or a stored record that does not exist", async () => {
      const input = await withNewHolder("Crossed");
      const refused = await trpcError(
        callers.editor.meeting.saveRecord({
          ...input,
          newRecords: {
            ...input.newRecords,
            occupancies: [{ tempId: HELD, personId: POST, postId: PERSON }],
            posts: [{ ...input.newRecords.posts[0]!, countryId: "cnosuchcountry00000000000" }],
          },
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      // The post held names its person and post the wrong way round, so the new post (and what it names) is unused.
      expect(pathsOf(refused).sort()).toEqual([
        "newRecords.countries.0",
        "newRecords.occupancies.0.personId",
        "newRecords.occupancies.0.postId",
        "newRecords.organizations.0",
        "newRecords.posts.0",
        "newRecords.posts.0.countryId",
      ]);
      await nothingCreated("Crossed");
    });

    it("refuses a new country whose code another country has, at its field", async () => {
      const input = await withNewHolder("Duplicate");
      const refused = await trpcError(
        callers.editor.meeting.saveRecord({
          ...input,
          newRecords: { ...input.newRecords, countries: [{ ...input.newRecords.countries[0]!, iso2: "KZ" }] },
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(pathsOf(refused)).toEqual(["newRecords.countries.0.iso2"]);
      expect(await people("Duplicate Holder")).toEqual([]);
    });

    it("refuses a new record no longer used, and a post held that ends before it starts", async () => {
      const input = await withNewHolder("Unused");
      const refused = await trpcError(
        callers.editor.meeting.saveRecord({
          ...input,
          participations: input.participations.map((p) =>
            p.personId === PERSON ? { ...p, occupancyId: null } : p,
          ),
          newRecords: {
            ...input.newRecords,
            occupancies: [{ ...input.newRecords.occupancies[0]!, endDate: "2018" }],
          },
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(pathsOf(refused)).toEqual([
        "newRecords.countries.0",
        "newRecords.organizations.0",
        "newRecords.posts.0",
        "newRecords.occupancies.0",
        "newRecords.occupancies.0.endDate",
      ]);
      await nothingCreated("Unused");
    });

    it("creates every new record in the save and links them to each other and to the meeting", async () => {
      const { record } = await callers.editor.meeting.saveRecord(await withNewHolder("Saved"));
      const [person] = await people("Saved Holder");
      const [post] = await posts("Secretary-General of the Saved Council");
      const [organization] = await organizations("Saved Council");
      const [country] = await countries("XQ");
      const [topic] = await fixture.db.topic.findMany({ where: { labelI18n: english("Saved topic") } });
      expect([person, post, organization, country, topic].every(Boolean)).toBe(true);
      expect(post!.organizationId).toBe(organization!.id);
      expect(post!.countryId).toBe(country!.id);
      const held = await fixture.db.occupancy.findMany({ where: { personId: person!.id } });
      expect(held.map((o) => [o.postId, o.startDate])).toEqual([[post!.id, "2019"]]);
      const row = record.participations.find((p) => p.personId === person!.id)!;
      expect(row.occupancyId).toBe(held[0]!.id);
      expect(record.topicIds).toContain(topic!.id);
      const temporary = [PERSON, ORG, COUNTRY, POST, HELD, TOPIC];
      expect(JSON.stringify(record)).not.toMatch(new RegExp(temporary.join("|")));
      // Each new record has its own first revision, like one created on its own.
      const revisions = await fixture.db.revision.findMany({
        where: { entityId: { in: [person!.id, post!.id, organization!.id, country!.id, held[0]!.id] } },
      });
      expect(revisions.map((r) => `${r.entityType}@${r.version}`).sort()).toEqual([
        "country@1",
        "occupancy@1",
        "organization@1",
        "person@1",
        "post@1",
      ]);
    });

    it("creates a post for an existing organization and a post held for an existing person", async () => {
      const record = await callers.viewer.meeting.record({ id: seedId });
      const kazakh = record.participations.find((p) => p.representingCountryId === kazakhstanId)!;
      const sco = record.bodyId!;
      const { record: saved } = await callers.editor.meeting.saveRecord({
        ...record,
        participations: record.participations.map((p) => (p === kazakh ? { ...p, occupancyId: HELD } : p)),
        newRecords: {
          posts: [
            {
              tempId: POST,
              labelI18n: { en: "Special Envoy to the SCO" },
              role: "envoy",
              organizationId: sco,
            },
          ],
          occupancies: [{ tempId: HELD, personId: kazakh.personId, postId: POST }],
        },
      });
      const [post] = await posts("Special Envoy to the SCO");
      expect(post!.organizationId).toBe(sco);
      const held = await fixture.db.occupancy.findFirstOrThrow({ where: { postId: post!.id } });
      expect(held.personId).toBe(kazakh.personId);
      expect(saved.participations.find((p) => p.personId === kazakh.personId)!.occupancyId).toBe(held.id);
    });
  },
);
