import { describe, expect, it } from "vitest";
import { documentSlug } from "../common/slug";
import { CHS_ID, id, MEETING_ID } from "../testing/seed";
import { CreateDocumentInput, Document, UpdateDocumentInput } from "./document";
import { CreateDocumentActionInput } from "./document-action";
import { CreateDocumentRelationInput } from "./document-relation";
import { CreateDocumentTextInput } from "./document-text";
import { CreateOutcomeTallyInput, OutcomeTally } from "./outcome-tally";
import { CreateRevisionInput, Revision } from "./revision";

const pathsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path);

const actionPlan = {
  titleI18n: {
    en: "Action Plan for 2021–2025 on the implementation of the SCO Development Strategy until 2025",
  },
  type: "action_plan",
  adoptingBodyId: CHS_ID,
  meetingId: MEETING_ID,
  action: "approved",
  dateAdopted: "2020-11-10",
  validFrom: "2021",
  validTo: "2025",
};

describe("Document", () => {
  it("creates the Action Plan 2021–2025 as a draft", () => {
    expect(CreateDocumentInput.parse(actionPlan)).toMatchObject({
      ...actionPlan,
      status: "draft",
      topicIds: [],
      sources: [],
    });
  });

  it("rejects an unknown type and action, and a bad validity date", () => {
    const result = CreateDocumentInput.safeParse({
      ...actionPlan,
      type: "resolution",
      action: "ratified",
      validTo: "2025-13",
    });
    expect(pathsOf(result)).toEqual([["type"], ["action"], ["validTo"]]);
  });

  it("parses a stored document and updates its legal status", () => {
    const stored = Document.parse({
      ...actionPlan,
      id: id("doc", "actionplan"),
      createdAt: new Date(),
      updatedAt: new Date(),
      version: 1,
      slug: documentSlug(actionPlan.titleI18n.en, actionPlan.dateAdopted),
      sources: [],
      identifiers: [],
      legalForce: "political",
      legalStatus: null,
      topicIds: [],
      listOrder: 11,
      status: "published",
      deletedAt: null,
    });
    expect(stored.slug).toBe(
      "action-plan-for-2021-2025-on-the-implementation-of-the-sco-development-strategy-until-2020-11-10",
    );
    expect(UpdateDocumentInput.parse({ id: stored.id, version: 1, legalStatus: "expired" })).toMatchObject({
      legalStatus: "expired",
    });
    expect(pathsOf(UpdateDocumentInput.safeParse({ id: stored.id, version: 1, legalForce: "soft" }))).toEqual(
      [["legalForce"]],
    );
  });
});

describe("DocumentRelation, DocumentText, DocumentAction", () => {
  it("links the action plan to the strategy it implements", () => {
    const relation = { fromId: id("doc", "actionplan"), toId: id("doc", "strategy2025"), type: "implements" };
    expect(CreateDocumentRelationInput.parse(relation)).toEqual(relation);
    expect(pathsOf(CreateDocumentRelationInput.safeParse({ ...relation, type: "extends" }))).toEqual([
      ["type"],
    ]);
  });

  it("stores a text per language", () => {
    const text = {
      documentId: id("doc", "moscow"),
      lang: "ru",
      title: "Московская декларация",
      body: "<p>…</p>",
      isAuthentic: true,
    };
    expect(CreateDocumentTextInput.parse(text)).toEqual(text);
    expect(
      pathsOf(CreateDocumentTextInput.safeParse({ ...text, lang: "Russian", sourceUrl: "not a url" })),
    ).toEqual([["lang"], ["sourceUrl"]]);
  });

  it("records the planned circulation to the UN", () => {
    const planned = { documentId: id("doc", "moscow"), type: "circulated_to_un", planned: true };
    expect(CreateDocumentActionInput.parse(planned)).toEqual(planned);
    expect(
      CreateDocumentActionInput.parse({
        documentId: id("doc", "moscow"),
        type: "signed",
        actor: "SCO Secretariat",
      }).planned,
    ).toBe(false);
    expect(pathsOf(CreateDocumentActionInput.safeParse({ ...planned, type: "distributed" }))).toEqual([
      ["type"],
    ]);
  });
});

describe("OutcomeTally", () => {
  it("creates '9 decisions' and rejects negative or fractional counts", () => {
    const tally = { meetingId: MEETING_ID, documentType: "decision", count: 9 };
    expect(CreateOutcomeTallyInput.parse(tally)).toEqual(tally);
    const negative = CreateOutcomeTallyInput.safeParse({ ...tally, count: -1 });
    expect(negative.error?.issues[0]).toMatchObject({ path: ["count"], message: "Count cannot be negative" });
    expect(pathsOf(CreateOutcomeTallyInput.safeParse({ ...tally, count: 1.5 }))).toEqual([["count"]]);
    expect(
      OutcomeTally.safeParse({
        ...tally,
        id: id("tally", "d"),
        createdAt: new Date(),
        updatedAt: new Date(),
        version: 1,
        noteI18n: null,
      }).success,
    ).toBe(true);
  });
});

describe("Revision", () => {
  it("records a create by the seed (no author)", () => {
    const revision = {
      entityType: "meeting",
      entityId: MEETING_ID,
      version: 1,
      authorId: null,
      at: new Date("2025-01-01T00:00:00Z"),
      before: null,
      after: { titleI18n: { en: "Meeting of the SCO Council of Heads of State" } },
    };
    expect(CreateRevisionInput.parse(revision)).toEqual(revision);
    expect(Revision.safeParse({ ...revision, id: id("rev", "1") }).success).toBe(true);
    expect(
      pathsOf(CreateRevisionInput.safeParse({ ...revision, entityType: "session", version: 0 })),
    ).toEqual([["entityType"], ["version"]]);
  });
});
