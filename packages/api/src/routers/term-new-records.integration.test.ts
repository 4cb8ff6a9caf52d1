import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";
import { pathsOf, trpcError } from "../test-errors";

type Callers = Awaited<ReturnType<typeof callersFor>>;

describeEachDatabase(
  "a post or country made in a term's form is created with the term, in one save",
  (fixture) => {
    let callers: Callers;
    let sco: string;
    let personId: string;
    const POST = "newpost0000000000001";
    const COUNTRY = "newcountry0000000001";

    beforeAll(async () => {
      await seed(fixture.db);
      callers = await callersFor(fixture.db);
      sco = (
        await fixture.db.organization.findFirstOrThrow({
          where: { slug: "shanghai-cooperation-organisation" },
        })
      ).id;
      personId = (await callers.editor.person.create({ nameI18n: { en: "Vera Pending-Term" } })).record.id;
    });

    const posts = (label: string) =>
      fixture.db.post.findMany({ where: { labelI18n: { path: ["en"], equals: label } } });
    const newPost = (label: string) => ({
      posts: [{ tempId: POST, labelI18n: { en: label }, role: "envoy" as const, organizationId: sco }],
    });

    it("creates the new post and the post held naming it together", async () => {
      const { record } = await callers.editor.occupancy.create({
        personId,
        postId: POST,
        startDate: "2023-02",
        newRecords: newPost("Envoy of the Pending Terms"),
      });
      const [post] = await posts("Envoy of the Pending Terms");
      expect(post).toBeDefined();
      expect(record).toMatchObject({ personId, postId: post!.id });
      const revisions = await fixture.db.revision.findMany({
        where: { entityType: "post", entityId: post!.id },
      });
      expect(revisions.map((r) => r.version)).toEqual([1]);
    });

    it("creates no post when the post held is refused", async () => {
      const refused = await trpcError(
        callers.editor.occupancy.create({
          personId,
          postId: POST,
          startDate: "2023-05",
          endDate: "2023-01",
          newRecords: newPost("Envoy of the Refused Term"),
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(await posts("Envoy of the Refused Term")).toEqual([]);
    });

    it("refuses a new post the post held does not name, naming the post", async () => {
      const held = await callers.editor.post.create({
        labelI18n: { en: "Stored Envoy Post" },
        role: "envoy",
        organizationId: sco,
      });
      const refused = await trpcError(
        callers.editor.occupancy.create({
          personId,
          postId: held.record.id,
          newRecords: newPost("Envoy Nobody Holds"),
        }),
      );
      expect(pathsOf(refused)).toEqual(["newRecords.posts.0"]);
      expect(refused.message).toContain("The new post “Envoy Nobody Holds” is not used by this post held");
      expect(await posts("Envoy Nobody Holds")).toEqual([]);
    });

    it("creates a new country with the membership that names it", async () => {
      const { record } = await callers.editor.membership.create({
        organizationId: sco,
        countryId: COUNTRY,
        status: "observer",
        startDate: "2024",
        newRecords: { countries: [{ tempId: COUNTRY, nameI18n: { en: "Pendingland" }, iso2: "QP" }] },
      });
      const country = await fixture.db.country.findFirstOrThrow({ where: { iso2: "QP" } });
      expect(record).toMatchObject({ organizationId: sco, countryId: country.id, status: "observer" });
    });

    it("names the new country whose code another country has, and creates neither", async () => {
      const refused = await trpcError(
        callers.editor.membership.create({
          organizationId: sco,
          countryId: COUNTRY,
          status: "observer",
          newRecords: { countries: [{ tempId: COUNTRY, nameI18n: { en: "Second India" }, iso2: "IN" }] },
        }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.message).toContain("The new country “Second India”");
      expect(
        await fixture.db.country.count({ where: { nameI18n: { path: ["en"], equals: "Second India" } } }),
      ).toBe(0);
    });
  },
);
