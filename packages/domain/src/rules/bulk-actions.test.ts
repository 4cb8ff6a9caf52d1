import { describe, expect, it } from "vitest";
import { bulkStatusAction, confirmedDraftDocuments, eachOnItsOwn } from "./bulk-actions";

describe("bulkStatusAction", () => {
  it("sets a document's status, unpublishes a meeting, or publishes it with its confirmed drafts", () => {
    expect(bulkStatusAction("document", "published")).toEqual({
      kind: "document-status",
      status: "published",
    });
    expect(bulkStatusAction("document", "draft")).toEqual({ kind: "document-status", status: "draft" });
    expect(bulkStatusAction("meeting", "draft")).toEqual({ kind: "unpublish-meeting" });
    expect(bulkStatusAction("meeting", "published")).toEqual({ kind: "publish-meeting" });
  });
});

describe("confirmedDraftDocuments", () => {
  it("keeps the meeting's drafts the editor confirmed, in the meeting's order, and nothing else", () => {
    expect(confirmedDraftDocuments(["d1", "d2", "d3"], ["d3", "other-meetings-draft", "d1"])).toEqual([
      "d1",
      "d3",
    ]);
  });

  it("leaves out a draft added after the editor confirmed the list, so publishing refuses rather than publish it", () => {
    expect(confirmedDraftDocuments(["d1", "added-later"], ["d1"])).toEqual(["d1"]);
    expect(confirmedDraftDocuments(["added-later"], [])).toEqual([]);
  });
});

describe("eachOnItsOwn", () => {
  it("gives an outcome per item in order; a refused item does not stop the others", async () => {
    const refusal = Object.assign(new Error("Version 7 is stale."), { issues: [{ path: ["version"] }] });
    const outcomes = await eachOnItsOwn([{ id: "a" }, { id: "b" }, { id: "c" }], async (item) => {
      if (item.id === "b") throw refusal;
      return { version: 2 };
    });
    expect(outcomes).toEqual([
      { id: "a", ok: true, version: 2 },
      { id: "b", ok: false, message: "Version 7 is stale.", issues: [{ path: ["version"] }] },
      { id: "c", ok: true, version: 2 },
    ]);
  });

  it("says what was thrown when it is not an Error", async () => {
    const [outcome] = await eachOnItsOwn([{ id: "a" }], () => Promise.reject("no"));
    expect(outcome).toEqual({ id: "a", ok: false, message: "no", issues: undefined });
  });
});
