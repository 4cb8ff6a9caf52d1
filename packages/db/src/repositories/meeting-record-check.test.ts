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
      documents: new Map([[STORED_DOC, { id: STORED_DOC, deletedAt: null } as never]]),
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
});
