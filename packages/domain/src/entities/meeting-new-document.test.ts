import { describe, expect, it } from "vitest";
import { newPackageDocument } from "./meeting-new-document";
import { MeetingRecordInput } from "./meeting-record";

describe("a document made while editing a meeting", () => {
  it("joins the package under its temporary key, with the fields the create form gave", () => {
    const doc = newPackageDocument("newdocument000000001", {
      titleI18n: { en: "Roadmap on Example Cooperation" },
      type: "roadmap",
      action: "approved",
      dateAdopted: "2024-05-06",
    });
    expect(doc).toMatchObject({
      key: "newdocument000000001",
      titleI18n: { en: "Roadmap on Example Cooperation" },
      type: "roadmap",
      action: "approved",
      dateAdopted: "2024-05-06",
      adoptingBodyId: null,
      relations: [],
    });
    expect(doc.id).toBeUndefined();
    // A package document as the meeting record takes it.
    expect(
      MeetingRecordInput.safeParse({
        titleI18n: { en: "Summit" },
        classification: "summit",
        attendanceMode: "in_person",
        documents: [doc],
      }).success,
    ).toBe(true);
  });

  it("refuses fields its create schema refuses, with the schema's error", () => {
    expect(() =>
      newPackageDocument("newdocument000000002", {
        titleI18n: { en: "Roadmap" },
        type: "poem",
        action: "adopted",
      } as never),
    ).toThrow(/type/);
  });

  it("takes neither a meeting nor a place in the package from the fields", () => {
    const doc = newPackageDocument("newdocument000000003", {
      titleI18n: { en: "Statement" },
      type: "statement",
      action: "adopted",
      meetingId: "cmeeting000000000001",
      listOrder: 4,
    });
    expect(doc).not.toHaveProperty("meetingId");
    expect(doc).not.toHaveProperty("listOrder");
  });
});
