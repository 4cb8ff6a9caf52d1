import { describe, expect, it } from "vitest";
import {
  changedPublicFields,
  changedPublicValues,
  correctionsFromChanges,
  publicCorrections,
  type RevisionSnapshot,
} from "./corrections";

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

const meeting = (fields: Record<string, unknown>) => ({
  id: "m1",
  version: 1,
  slug: "a-meeting",
  status: "published",
  deletedAt: null,
  titleI18n: { en: "A meeting" },
  startDate: "2020-11-10",
  participations: [{ id: "p1", personId: "x", role: "chair" }],
  documents: [{ id: "d1", key: "d1", version: 1, titleI18n: { en: "Declaration" } }],
  ...fields,
});

describe("publicCorrections", () => {
  it("reports nothing for a record published once and never changed", () => {
    const revisions: RevisionSnapshot[] = [
      { at: day(1), after: meeting({ status: "draft" }) },
      { at: day(2), after: meeting({ version: 2 }) },
    ];
    expect(publicCorrections("meeting", revisions)).toEqual({ lastCorrectedAt: null, corrections: [] });
  });

  it("does not count edits made while the record was a draft, before it was first published", () => {
    const revisions: RevisionSnapshot[] = [
      { at: day(1), after: meeting({ status: "draft", titleI18n: { en: "Draft title" } }) },
      { at: day(2), after: meeting({ status: "draft", startDate: "2020-11-11" }) },
      { at: day(3), after: meeting({}) },
    ];
    expect(publicCorrections("meeting", revisions).corrections).toEqual([]);
  });

  it("lists each public change newest first, with the public fields it changed", () => {
    const revisions: RevisionSnapshot[] = [
      { at: day(1), after: meeting({}) },
      { at: day(2), after: meeting({ version: 2, titleI18n: { en: "A corrected meeting" } }) },
      {
        at: day(3),
        after: meeting({
          version: 3,
          titleI18n: { en: "A corrected meeting" },
          startDate: "2020-11-09",
          participations: [{ id: "p1", personId: "x", role: "participant" }],
        }),
      },
    ];
    expect(publicCorrections("meeting", revisions)).toEqual({
      lastCorrectedAt: day(3),
      corrections: [
        {
          at: day(3),
          fields: ["dates", "participants"],
          changes: [{ field: "dates", value: "startDate", from: "2020-11-10", to: "2020-11-09" }],
        },
        {
          at: day(2),
          fields: ["title"],
          changes: [
            { field: "title", value: "title", from: { en: "A meeting" }, to: { en: "A corrected meeting" } },
          ],
        },
      ],
    });
  });

  it("shows changes made while unpublished as one correction when the record is published again", () => {
    const revisions: RevisionSnapshot[] = [
      { at: day(1), after: meeting({}) },
      { at: day(2), after: meeting({ status: "draft" }) },
      { at: day(3), after: meeting({ status: "draft", summaryI18n: { en: "Now with a summary" } }) },
      { at: day(4), after: meeting({ summaryI18n: { en: "Now with a summary" } }) },
    ];
    expect(publicCorrections("meeting", revisions).corrections).toEqual([
      {
        at: day(4),
        fields: ["summary"],
        changes: [{ field: "summary", value: "summary", from: null, to: { en: "Now with a summary" } }],
      },
    ]);
  });

  it("ignores writes that change no public field: status, version, slug, the trash and back", () => {
    const revisions: RevisionSnapshot[] = [
      { at: day(1), after: meeting({}) },
      { at: day(2), after: meeting({ version: 2, slug: "renamed" }) },
      { at: day(3), after: meeting({ deletedAt: "2026-01-03T00:00:00.000Z" }) },
      { at: day(4), after: meeting({ version: 4 }) },
      { at: day(5), after: null },
    ];
    expect(publicCorrections("meeting", revisions).corrections).toEqual([]);
  });

  it("reports a meeting's document only when the public can see that document", () => {
    const before = meeting({});
    const after = meeting({
      documents: [
        { id: "d1", key: "d1", version: 2, titleI18n: { en: "Declaration" } },
        { id: "d2", key: "d2", version: 1, titleI18n: { en: "A draft statement" } },
      ],
    });
    expect(changedPublicFields("meeting", before, after, { publicDocumentIds: new Set(["d1"]) })).toEqual([]);
    expect(
      changedPublicFields("meeting", before, after, { publicDocumentIds: new Set(["d1", "d2"]) }),
    ).toEqual(["documents"]);
  });

  it("counts a person's changes only from when the person became public, and never internal fields", () => {
    const person = (fields: Record<string, unknown>) => ({
      id: "p",
      slug: "p",
      nameI18n: { en: "Jumakhon Giyosov" },
      sortName: "Giyosov, Jumakhon",
      otherNames: [],
      ...fields,
    });
    const revisions: RevisionSnapshot[] = [
      { at: day(1), after: person({}) },
      { at: day(2), after: person({ otherNames: [{ name: "Jumakhon Gijesov" }] }) },
      { at: day(4), after: person({ otherNames: [{ name: "Jumakhon Gijesov" }], sortName: "G" }) },
      {
        at: day(5),
        after: person({ otherNames: [{ name: "Jumakhon Gijesov" }], sortName: "G", birthDate: "1965" }),
      },
    ];
    expect(publicCorrections("person", revisions, { publicSince: day(3) }).corrections).toEqual([
      {
        at: day(5),
        fields: ["birthDate"],
        changes: [{ field: "birthDate", value: "birthDate", from: null, to: "1965" }],
      },
    ]);
    expect(publicCorrections("person", revisions).corrections.map((c) => c.fields)).toEqual([
      ["birthDate"],
      ["otherNames"],
    ]);
  });
});

describe("changedPublicValues", () => {
  it("states old and new plain values of public fields, never internal fields or lists of records", () => {
    const before = {
      id: "o",
      sortKey: "a",
      nameI18n: { en: "Council", ru: "Совет" },
      otherNames: ["SCO"],
      parentId: "x",
      foundingDate: "2001",
      sources: [{ url: "https://example.org/a" }],
    };
    const after = {
      ...before,
      sortKey: "b",
      nameI18n: { ru: "Совет глав", en: "Council" },
      otherNames: ["SCO", "ШОС"],
      parentId: "y",
      foundingDate: "2001-06-15",
      sources: [{ url: "https://example.org/b" }],
    };
    expect(changedPublicValues("organization", before, after)).toEqual([
      { field: "name", value: "name", from: before.nameI18n, to: after.nameI18n },
      { field: "otherNames", value: "otherNames", from: ["SCO"], to: ["SCO", "ШОС"] },
      { field: "dates", value: "foundingDate", from: "2001", to: "2001-06-15" },
    ]);
    // The same text per language in another key order is no change.
    expect(
      changedPublicValues("country", { nameI18n: { en: "A", ru: "Б" } }, { nameI18n: { ru: "Б", en: "A" } }),
    ).toEqual([]);
  });

  it("names a changed field without values when its value is not plain (a venue, a person's other names)", () => {
    const corrections = correctionsFromChanges("person", [
      {
        at: day(2),
        before: { otherNames: [{ name: "A" }], sortName: "A" },
        after: { otherNames: [{ name: "B" }], sortName: "B" },
      },
      { at: day(1), before: { sortName: "A" }, after: { sortName: "B" } },
    ]);
    expect(corrections).toEqual({
      lastCorrectedAt: day(2),
      corrections: [{ at: day(2), fields: ["otherNames"], changes: [] }],
    });
  });
});
