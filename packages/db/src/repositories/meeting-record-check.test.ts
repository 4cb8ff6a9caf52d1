import { MeetingRecordInput } from "@plenary/domain";
import { describe, expect, it } from "vitest";
import { checkMeetingRecord } from "./meeting-record-check";
import type { MeetingRecordFacts, StoredMeetingRecord } from "./meeting-record-loader";

const PERSON = "cperson0000000000000000000";
const STORED_DOC = "cdoc00000000000000000000";

const record = MeetingRecordInput.parse({
  titleI18n: { en: "Summit" },
  classification: "summit",
  attendanceMode: "in_person",
  startDate: "2024-07-04",
  participations: [
    {
      personId: PERSON,
      titleAsStated: "President",
      category: "member_state",
      role: "chair",
      mode: "in_person",
    },
  ],
  documents: [
    {
      key: "new-1",
      titleI18n: { en: "Declaration" },
      type: "declaration",
      action: "adopted",
      relations: [{ type: "references", to: "new-1" }],
    },
    { key: STORED_DOC, id: STORED_DOC, titleI18n: { en: "Old" }, type: "decision", action: "adopted" },
  ],
});

/** Facts as the load step would read them for a store that holds nothing. */
function facts(overrides: Partial<MeetingRecordFacts> = {}): MeetingRecordFacts {
  return {
    before: null,
    slug: "summit-2024-07-04",
    existing: {
      person: new Set(),
      country: new Set(),
      organization: new Set(),
      occupancy: new Set(),
      topic: new Set(),
      series: new Set(),
    },
    occupancies: [],
    memberships: [],
    otherChairs: [],
    ownChairs: new Map(),
    linkedChairs: [],
    handoverMeetings: {},
    existingSlugs: [],
    documents: new Map(),
    externalDocuments: new Set(),
    ...overrides,
  };
}

/** A stored document as the load step reads it, with the fields the rules look at. */
const storedDoc = (fields: { meetingId: string | null; status: "draft" | "published" }) =>
  ({ id: STORED_DOC, deletedAt: null, ...fields }) as never;

const codesAt = (issues: { path: (string | number)[]; code: string }[]) =>
  issues.map((i) => `${i.path.join(".")}:${i.code}`);

describe("checkMeetingRecord (the check step, without a database)", () => {
  it("reports missing references, missing stored documents and a relation to itself, all at once", () => {
    expect(codesAt(checkMeetingRecord(record, facts()))).toEqual(
      expect.arrayContaining([
        "participations.0.personId:missing_reference",
        "documents.1.id:missing_reference",
        "documents.0.relations.0.to:self_relation",
      ]),
    );
  });

  it("passes the same record once what it refers to exists", () => {
    const found = facts({
      existing: { ...facts().existing, person: new Set([PERSON]) },
      documents: new Map([[STORED_DOC, storedDoc({ meetingId: null, status: "draft" })]]),
    });
    const fixed = {
      ...record,
      documents: record.documents.map((d, i) =>
        i === 0 ? { ...d, relations: [{ type: "references" as const, to: STORED_DOC }] } : d,
      ),
    };
    expect(checkMeetingRecord(fixed, found).filter((i) => i.severity === "error")).toEqual([]);
  });

  it("asks for the version an edit of a stored meeting started from", () => {
    const before = { id: "cmeeting000000000000000000", status: "draft" } as StoredMeetingRecord;
    expect(codesAt(checkMeetingRecord({ ...record, id: before.id }, facts({ before })))).toEqual([
      "version:version_required",
    ]);
  });

  describe("a stored document joins the package only from nowhere else, and is never hidden by it", () => {
    const MEETING = "cmeeting000000000000000000";
    const OTHER = "cother00000000000000000000";
    const exists = { ...facts().existing, person: new Set([PERSON]) };
    const onlyStored = { ...record, documents: [record.documents[1]!] };
    const errorsFor = (
      meetingStatus: "draft" | "published" | null,
      doc: { meetingId: string | null; status: "draft" | "published" },
    ) => {
      const before = meetingStatus ? ({ id: MEETING, status: meetingStatus } as StoredMeetingRecord) : null;
      const input = before ? { ...onlyStored, id: MEETING, version: 1 } : onlyStored;
      return codesAt(
        checkMeetingRecord(
          input,
          facts({ before, existing: exists, documents: new Map([[STORED_DOC, storedDoc(doc)]]) }),
        ).filter((i) => i.severity === "error" && i.path[0] === "documents"),
      );
    };

    it("refuses a document listed at another meeting, whatever either's status", () => {
      for (const status of ["draft", "published", null] as const)
        for (const docStatus of ["draft", "published"] as const)
          expect(errorsFor(status, { meetingId: OTHER, status: docStatus })).toEqual([
            "documents.0.id:document_of_another_meeting",
          ]);
    });

    it("refuses a public document recorded on its own for a meeting not yet published (or new)", () => {
      expect(errorsFor("draft", { meetingId: null, status: "published" })).toEqual([
        "documents.0.id:published_document_into_draft",
      ]);
      expect(errorsFor(null, { meetingId: null, status: "published" })).toEqual([
        "documents.0.id:published_document_into_draft",
      ]);
    });

    it("takes a document recorded on its own into a published meeting, or a draft one into any meeting", () => {
      expect(errorsFor("published", { meetingId: null, status: "published" })).toEqual([]);
      expect(errorsFor("draft", { meetingId: null, status: "draft" })).toEqual([]);
      expect(errorsFor(null, { meetingId: null, status: "draft" })).toEqual([]);
    });

    it("keeps the meeting's own documents, published or not", () => {
      for (const status of ["draft", "published"] as const)
        expect(errorsFor(status, { meetingId: MEETING, status: "published" })).toEqual([]);
    });
  });
});
