import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { pathsOf, trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

describeEachDatabase(
  "records made in a post's, an organization's or a topic's own form are created with its save",
  (fixture) => {
    let callers: Callers;
    let sco: string;
    const ORGANIZATION = "neworganization00001";
    const PARENT = "neworganization00002";
    const COUNTRY = "newcountry0000000002";
    const TOPIC = "newtopic000000000001";

    beforeAll(async () => {
      await seed(fixture.db);
      callers = await callersFor(fixture.db);
      sco = (
        await fixture.db.organization.findFirstOrThrow({
          where: { slug: "shanghai-cooperation-organisation" },
        })
      ).id;
    });

    const named = async (table: "organization" | "country", en: string) =>
      (fixture.db[table] as typeof fixture.db.country).count({
        where: { nameI18n: { path: ["en"], equals: en } },
      });
    const topics = (en: string) =>
      fixture.db.topic.count({ where: { labelI18n: { path: ["en"], equals: en } } });
    const newPost = async (label: string) =>
      (await callers.editor.post.create({ labelI18n: { en: label }, role: "envoy", organizationId: sco }))
        .record;
    const agency = (name: string, tempId = ORGANIZATION) => ({
      tempId,
      nameI18n: { en: name },
      classification: "government" as const,
    });

    it("creates a post's new organization and new country with the post's save, and the post names them", async () => {
      const post = await newPost("Envoy to the Pending Agency");
      const { record } = await callers.editor.post.update({
        id: post.id,
        version: post.version,
        organizationId: ORGANIZATION,
        countryId: COUNTRY,
        newRecords: {
          countries: [{ tempId: COUNTRY, nameI18n: { en: "Pendingstan" }, iso2: "QS" }],
          organizations: [agency("Pending Agency")],
        },
      });
      const organization = await fixture.db.organization.findFirstOrThrow({
        where: { nameI18n: { path: ["en"], equals: "Pending Agency" } },
      });
      const country = await fixture.db.country.findFirstOrThrow({ where: { iso2: "QS" } });
      expect(record).toMatchObject({ organizationId: organization.id, countryId: country.id, version: 2 });
      const revisions = await fixture.db.revision.findMany({
        where: { entityId: { in: [organization.id, country.id] } },
      });
      expect(revisions.map((r) => [r.entityType, r.version]).sort()).toEqual([
        ["country", 1],
        ["organization", 1],
      ]);
    });

    it("creates nothing when the post's save conflicts with a newer version", async () => {
      const post = await newPost("Envoy Saved Twice");
      await callers.editor.post.update({ id: post.id, version: post.version, role: "other" });
      const refused = await trpcError(
        callers.editor.post.update({
          id: post.id,
          version: post.version,
          organizationId: ORGANIZATION,
          newRecords: { organizations: [agency("Agency of a Stale Save")] },
        }),
      );
      expect(refused.code).toBe("CONFLICT");
      expect(await named("organization", "Agency of a Stale Save")).toBe(0);
    });

    it("creates nothing when the post's own write is refused after its new records were written", async () => {
      const taken = await newPost("Envoy Whose Slug Is Taken");
      const post = await newPost("Envoy Taking a Slug");
      const refused = await trpcError(
        callers.editor.post.update({
          id: post.id,
          version: post.version,
          slug: taken.slug,
          countryId: COUNTRY,
          newRecords: { countries: [{ tempId: COUNTRY, nameI18n: { en: "Slugland" }, iso2: "QT" }] },
        }),
      );
      expect(refused.code).not.toBe("INTERNAL_SERVER_ERROR");
      expect(await named("country", "Slugland")).toBe(0);
      expect((await callers.editor.post.byId({ id: post.id })).version).toBe(post.version);
    });

    it("refuses a new record the post does not name, naming it, and creates none", async () => {
      const post = await newPost("Envoy Who Changed Their Mind");
      const refused = await trpcError(
        callers.editor.post.update({
          id: post.id,
          version: post.version,
          newRecords: { organizations: [agency("Agency Nobody Picked")] },
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(pathsOf(refused)).toEqual(["newRecords.organizations.0"]);
      expect(refused.message).toContain(
        "The new organization “Agency Nobody Picked” is not used by this post",
      );
      expect(await named("organization", "Agency Nobody Picked")).toBe(0);
    });

    it("creates an organization's new parent, itself part of a new organization, with the organization's save", async () => {
      const child = (
        await callers.editor.organization.create({
          nameI18n: { en: "Pending Child Body" },
          classification: "igo_organ",
        })
      ).record;
      const { record } = await callers.editor.organization.update({
        id: child.id,
        version: child.version,
        parentId: ORGANIZATION,
        newRecords: {
          organizations: [
            agency("Pending Grandparent", PARENT),
            { ...agency("Pending Parent"), parentId: PARENT },
          ],
        },
      });
      const parent = await fixture.db.organization.findFirstOrThrow({
        where: { nameI18n: { path: ["en"], equals: "Pending Parent" } },
      });
      const grandparent = await fixture.db.organization.findFirstOrThrow({
        where: { nameI18n: { path: ["en"], equals: "Pending Grandparent" } },
      });
      expect(record.parentId).toBe(parent.id);
      expect(parent.parentId).toBe(grandparent.id);
    });

    it("creates a topic's new broader topic with the topic's save, and none when the save is refused", async () => {
      const topic = (await callers.editor.topic.create({ labelI18n: { en: "Pending Narrow Topic" } })).record;
      const stale = await trpcError(
        callers.editor.topic.update({
          id: topic.id,
          version: topic.version + 1,
          parentId: TOPIC,
          newRecords: { topics: [{ tempId: TOPIC, labelI18n: { en: "Stale Broad Topic" } }] },
        }),
      );
      expect(stale.code).toBe("CONFLICT");
      expect(await topics("Stale Broad Topic")).toBe(0);

      const { record } = await callers.editor.topic.update({
        id: topic.id,
        version: topic.version,
        parentId: TOPIC,
        newRecords: { topics: [{ tempId: TOPIC, labelI18n: { en: "Pending Broad Topic" } }] },
      });
      const broad = await fixture.db.topic.findFirstOrThrow({
        where: { labelI18n: { path: ["en"], equals: "Pending Broad Topic" } },
      });
      expect(record.parentId).toBe(broad.id);
    });
  },
);
