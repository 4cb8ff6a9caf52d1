import { TRPCError } from "@trpc/server";
import { describeEachDatabase } from "@plenary/db/testing";
import { seed } from "@plenary/db/seed";
import { beforeAll, expect, it } from "vitest";
import type { z } from "zod";
import { callersFor } from "../test-callers";
import { CountryPageInput } from "./country";
import { DocumentPageInput } from "./document";
import { OrganizationPageInput } from "./organization";
import { PersonPageInput } from "./person";

type Callers = Awaited<ReturnType<typeof callersFor>>;
type Api = Callers["anonymous"];

/** A page as every list of the JSON API answers it: the records' slugs and the cursor of the next page. */
type Page = { slugs: string[]; nextCursor: string | null };

/** The JSON API's paged lists, each read as slugs. */
const LISTS = {
  people: async (api: Api, query: object): Promise<Page> => {
    const page = await api.person.page(query);
    return { slugs: page.items.map((p) => p.slug), nextCursor: page.nextCursor };
  },
  countries: async (api: Api, query: object): Promise<Page> => {
    const page = await api.country.page(query);
    return { slugs: page.items.map((c) => c.slug), nextCursor: page.nextCursor };
  },
  organizations: async (api: Api, query: object): Promise<Page> => {
    const page = await api.organization.page(query);
    return { slugs: page.items.map((o) => o.slug), nextCursor: page.nextCursor };
  },
  documents: async (api: Api, query: object): Promise<Page> => {
    const page = await api.document.page(query);
    return { slugs: page.registry.items.map((d) => d.document.slug), nextCursor: page.nextCursor };
  },
};
type ListName = keyof typeof LISTS;

/** Every page from the first, following nextCursor, with the page sizes seen. */
async function walk(api: Api, list: ListName, query: object = {}) {
  const slugs: string[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const page: Page = await LISTS[list](api, { ...query, ...(cursor ? { cursor } : {}) });
    slugs.push(...page.slugs);
    sizes.push(page.slugs.length);
    if (!page.nextCursor) return { slugs, sizes };
    cursor = page.nextCursor;
  }
  throw new Error(`${list}: more than 1000 pages; the cursor does not move on`);
}

describeEachDatabase(
  "the JSON API's lists of people, countries, organizations and documents, by keyset",
  (fixture) => {
    let callers: Callers;
    /** The public records of each list in the list's order, as the database orders them (its collation). */
    const expected: Record<ListName, string[]> = {
      people: [],
      countries: [],
      organizations: [],
      documents: [],
    };

    beforeAll(async () => {
      const db = fixture.db;
      await seed(db);
      callers = await callersFor(db);
      const india = await db.country.findUniqueOrThrow({ where: { slug: "india" } });
      const sco = await db.organization.findUniqueOrThrow({
        where: { slug: "shanghai-cooperation-organisation" },
      });
      const meeting = (slug: string, status: "published" | "draft", bodyId: string | null) =>
        db.meeting.create({
          data: {
            slug,
            titleI18n: { en: slug },
            classification: "summit",
            attendanceMode: "in_person",
            startDate: "2019-06-14",
            endDate: "2019-06-14",
            status,
            bodyId,
            sources: [{ url: "https://example.org/paging", title: "Press release" }],
          },
        });
      // A body that only a draft meeting names (hidden), and one in the trash named by a public meeting (hidden).
      const draftBody = await db.organization.create({
        data: { slug: "paging-draft-body", nameI18n: { en: "Draft body" }, classification: "igo_organ" },
      });
      const trashedBody = await db.organization.create({
        data: {
          slug: "paging-trashed-body",
          nameI18n: { en: "Trashed body" },
          classification: "igo_organ",
          parentId: sco.id,
          deletedAt: new Date(),
        },
      });
      const published = await meeting("paging-published-2019-06-14", "published", trashedBody.id);
      const draft = await meeting("paging-draft-2019-06-14", "draft", draftBody.id);
      const person = (slug: string, deletedAt: Date | null = null) =>
        db.person.create({ data: { slug, nameI18n: { en: slug }, deletedAt } });
      const attend = async (meetingId: string, personId: string, protocolOrder: number) =>
        db.participation.create({
          data: {
            meetingId,
            personId,
            representingCountryId: india.id,
            titleAsStated: "Delegate",
            category: "member_state",
            role: "participant",
            mode: "in_person",
            protocolOrder,
          },
        });
      await attend(published.id, (await person("paging-public-delegate")).id, 1);
      await attend(published.id, (await person("paging-trashed-delegate", new Date())).id, 2);
      await attend(draft.id, (await person("paging-draft-delegate")).id, 1);
      // Documents adopted the same day (the list order, then the slug, break the tie), undated ones, and hidden ones.
      const documents: [string, string | null, number, "published" | "draft", string | null, boolean][] = [
        ["paging-doc-b-2019-06-14", "2019-06-14", 1, "published", published.id, false],
        ["paging-doc-a-2019-06-14", "2019-06-14", 1, "published", published.id, false],
        ["paging-doc-first-2019-06-14", "2019-06-14", 0, "published", null, false],
        ["paging-doc-undated-a", null, 0, "published", null, false],
        ["paging-doc-undated-b", null, 0, "published", null, false],
        ["paging-doc-draft-2019-06-14", "2019-06-14", 0, "draft", null, false],
        ["paging-doc-of-draft-meeting-2019-06-14", "2019-06-14", 0, "published", draft.id, false],
        ["paging-doc-trashed-2019-06-14", "2019-06-14", 0, "published", null, true],
      ];
      for (const [slug, dateAdopted, listOrder, status, meetingId, trashed] of documents)
        await db.document.create({
          data: {
            slug,
            titleI18n: { en: slug },
            type: "decision",
            action: "adopted",
            dateAdopted,
            listOrder,
            status,
            meetingId,
            deletedAt: trashed ? new Date() : null,
          },
        });

      // What each list must give: every public record once, in the list's order. The public records are those the
      // site's own lists (by offset) show; the order is the database's (its collation orders the slugs).
      const anonymous = callers.anonymous;
      const all = { limit: 200, offset: 0 };
      const inSlugOrder = async (slugs: string[]) =>
        (
          await db.person.findMany({
            where: { slug: { in: slugs } },
            orderBy: { slug: "asc" },
            select: { slug: true },
          })
        ).map((r) => r.slug);
      expected.people = await inSlugOrder((await anonymous.person.list(all)).items.map((p) => p.slug));
      expected.countries = (await anonymous.country.list(all)).items.map((c) => c.slug);
      expected.organizations = (await anonymous.organization.list(all)).items.map((o) => o.slug);
      expected.documents = (await anonymous.publicPages.documents(all)).items.map((d) => d.document.slug);
    });

    it("walks every public record once, in order, whatever the page size, and never a hidden one", async () => {
      const hidden = [
        "paging-trashed-delegate",
        "paging-draft-delegate",
        "paging-draft-body",
        "paging-trashed-body",
        "paging-doc-draft-2019-06-14",
        "paging-doc-of-draft-meeting-2019-06-14",
        "paging-doc-trashed-2019-06-14",
      ];
      expect(expected.people).toContain("paging-public-delegate");
      const undated = expected.documents.filter((slug) => slug.startsWith("paging-doc-undated-"));
      expect(undated).toEqual(["paging-doc-undated-a", "paging-doc-undated-b"]);
      const at = (slug: string) => expected.documents.indexOf(slug);
      expect(at("paging-doc-undated-a")).toBeGreaterThan(at("paging-doc-b-2019-06-14"));
      const sameDay = expected.documents.filter((slug) => /^paging-doc-(first|a|b)-/.test(slug));
      expect(sameDay).toEqual([
        "paging-doc-first-2019-06-14",
        "paging-doc-a-2019-06-14",
        "paging-doc-b-2019-06-14",
      ]);
      for (const list of Object.keys(LISTS) as ListName[]) {
        expect(expected[list].length, list).toBeGreaterThan(3);
        expect(
          expected[list].filter((slug) => hidden.includes(slug)),
          list,
        ).toEqual([]);
        for (const limit of [1, 2, 3, 200]) {
          const { slugs, sizes } = await walk(callers.anonymous, list, { limit });
          expect(slugs, `${list}, limit ${limit}`).toEqual(expected[list]);
          expect(new Set(slugs).size).toBe(slugs.length);
          expect(sizes.slice(0, -1).every((size) => size === limit)).toBe(true);
          expect(sizes.at(-1)).toBeGreaterThan(0);
        }
      }
    });

    it("filters people by meeting, country and organization, all for one participation", async () => {
      const people = async (query: object) => (await walk(callers.anonymous, "people", query)).slugs;
      expect(await people({ meeting: "paging-published-2019-06-14" })).toEqual(["paging-public-delegate"]);
      expect(await people({ meeting: "paging-draft-2019-06-14" })).toEqual([]);
      const indians = await people({ country: "india", limit: 1 });
      expect(indians).toContain("paging-public-delegate");
      expect(indians).not.toContain("paging-draft-delegate");
      expect(await people({ country: "india", meeting: "paging-published-2019-06-14" })).toEqual([
        "paging-public-delegate",
      ]);
      expect(await people({ country: "no-such-country" })).toEqual([]);
      expect(await people({ organization: "no-such-organization" })).toEqual([]);
    });

    it("filters countries by membership and meeting, organizations by parent and classification", async () => {
      const members = (
        await walk(callers.anonymous, "countries", { organization: "shanghai-cooperation-organisation" })
      ).slugs;
      expect(members).toContain("india");
      expect(members.every((slug) => expected.countries.includes(slug))).toBe(true);
      expect(
        (await walk(callers.anonymous, "countries", { meeting: "paging-published-2019-06-14" })).slugs,
      ).toEqual(["india"]);
      const bodies = (
        await walk(callers.anonymous, "organizations", { parent: "shanghai-cooperation-organisation" })
      ).slugs;
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies).not.toContain("paging-trashed-body");
      const igos = (await walk(callers.anonymous, "organizations", { classification: "igo" })).slugs;
      expect(igos).toContain("shanghai-cooperation-organisation");
      expect(igos).not.toContain("paging-draft-body");
    });

    it("keeps the registry's filters and counts every match on every page", async () => {
      const first = await callers.anonymous.document.page({ limit: 1, type: "decision" });
      expect(first.registry.items).toHaveLength(1);
      expect(first.registry.total).toBe(
        (await walk(callers.anonymous, "documents", { type: "decision" })).slugs.length,
      );
      const second = await callers.anonymous.document.page({
        limit: 1,
        type: "decision",
        cursor: first.nextCursor!,
      });
      expect(second.registry.total).toBe(first.registry.total);
      expect(second.registry.facets).toEqual(first.registry.facets);
      expect((await walk(callers.anonymous, "documents", { year: "2019", limit: 2 })).slugs).toEqual(
        expected.documents.filter((slug) => slug.startsWith("paging-doc-") && slug.endsWith("2019-06-14")),
      );
    });

    it("refuses limits out of range and cursors it did not give out, naming the parameter", async () => {
      // A cursor whose slug no list could give out, and a people cursor given to the document registry.
      const tampered = Buffer.from(JSON.stringify({ slug: "Not A Slug" })).toString("base64url");
      const ofPeople = Buffer.from(JSON.stringify({ slug: "narendra-modi" })).toString("base64url");
      const inputs: [z.ZodType, object][] = [
        [PersonPageInput, { limit: 0 }],
        [PersonPageInput, { limit: 201 }],
        [PersonPageInput, { cursor: "not-a-cursor" }],
        [PersonPageInput, { cursor: tampered }],
        [CountryPageInput, { organization: "Not a slug" }],
        [OrganizationPageInput, { classification: "club" }],
        [DocumentPageInput, { cursor: ofPeople }],
        [DocumentPageInput, { type: "nonsense" }],
      ];
      for (const [schema, input] of inputs) {
        const parsed = schema.safeParse(input);
        expect(parsed.success, JSON.stringify(input)).toBe(false);
        expect(parsed.error?.issues[0]?.path[0]).toBe(Object.keys(input)[0]);
      }
      await expect(callers.anonymous.person.page({ cursor: "not-a-cursor" })).rejects.toBeInstanceOf(
        TRPCError,
      );
      await expect(callers.anonymous.document.page({ limit: 500 })).rejects.toBeInstanceOf(TRPCError);
    });
  },
);
