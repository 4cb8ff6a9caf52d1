import { describe, expect, it } from "vitest";
import { NAMES, personId } from "../testing/seed";
import { checkChair } from "./chair";

const putin = {
  personId: personId("Vladimir Putin"),
  role: "chair" as const,
  mode: "videoconference" as const,
};
const modi = {
  personId: personId("Narendra Modi"),
  role: "head_of_delegation" as const,
  mode: "videoconference" as const,
};
const guterres = {
  personId: personId("António Guterres"),
  role: "speaker" as const,
  mode: "video_message" as const,
};

describe("rule 3: one chair, who participates", () => {
  it("passes the seed meeting: Putin chairs by videoconference", () => {
    expect(checkChair({ coChaired: false, participations: [modi, putin, guterres], names: NAMES })).toEqual(
      [],
    );
  });

  it("passes a co-chaired meeting with two chairs", () => {
    const coChairs = [putin, { ...modi, role: "chair" as const }];
    expect(checkChair({ coChaired: true, participations: coChairs, names: NAMES })).toEqual([]);
  });

  it("warns when nobody is marked as chair", () => {
    expect(checkChair({ coChaired: false, participations: [modi, guterres] })).toEqual([
      {
        rule: "chair",
        code: "chair_missing",
        severity: "warning",
        path: ["participations"],
        message: "No participant is marked as chair; give the person who chaired the meeting the role Chair.",
      },
    ]);
  });

  it("warns when several chairs are marked and the meeting is not co-chaired", () => {
    const issues = checkChair({
      coChaired: false,
      participations: [modi, putin, { ...modi, role: "chair" }],
      names: NAMES,
    });
    expect(issues).toEqual([
      {
        rule: "chair",
        code: "chair_multiple",
        severity: "warning",
        path: ["participations", 2, "role"],
        message:
          "Vladimir Putin and Narendra Modi are each marked as chair; mark the meeting as co-chaired, or keep one chair and give the others another role.",
      },
    ]);
  });

  it("warns when a co-chaired meeting has a single chair", () => {
    const [issue] = checkChair({ coChaired: true, participations: [modi, putin], names: NAMES });
    expect(issue).toMatchObject({ code: "co_chair_single", severity: "warning", path: ["coChaired"] });
    expect(issue?.message).toContain("only Vladimir Putin is marked as chair");
  });

  it.each(["video_message", "written_message", "represented"] as const)(
    "errors for a chair whose mode is %s",
    (mode) => {
      const issues = checkChair({ coChaired: false, participations: [{ ...putin, mode }] });
      expect(issues.map((i) => [i.code, i.severity])).toEqual([["chair_not_attending", "error"]]);
    },
  );

  it("errors when the chair did not take part in the meeting itself", () => {
    const [issue, ...rest] = checkChair({
      coChaired: false,
      participations: [modi, { ...putin, mode: "represented" }],
      names: NAMES,
    });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: "chair_not_attending",
      severity: "error",
      path: ["participations", 1, "mode"],
    });
    expect(issue?.message).toBe(
      "Vladimir Putin is marked as chair but was represented by someone else; a chair attends in person or by videoconference, so correct the role or the mode.",
    );
  });
});
