import { describe, expect, it } from "vitest";
import { reviewAllowsPublishing, reviewTransition, REVIEW_COMMENT_MAX } from "./editorial-review";

const ana = "ana";
const ben = "ben";

describe("the editorial review workflow", () => {
  it("asks, approves by another editor, and returns only with a comment", () => {
    expect(reviewTransition("request", { state: "none", requestedById: null, actorId: ana }).next).toBe(
      "requested",
    );
    expect(reviewTransition("approve", { state: "requested", requestedById: ana, actorId: ben }).next).toBe(
      "approved",
    );
    expect(
      reviewTransition("return", { state: "requested", requestedById: ana, actorId: ben, comment: "Dates?" })
        .next,
    ).toBe("returned");
    expect(reviewTransition("request", { state: "returned", requestedById: ana, actorId: ana }).next).toBe(
      "requested",
    );
    expect(reviewTransition("withdraw", { state: "requested", requestedById: ana, actorId: ana }).next).toBe(
      "none",
    );
  });

  it("refuses what a newsroom would not allow, saying why", () => {
    const codes = (result: ReturnType<typeof reviewTransition>) => result.issues.map((i) => i.code);
    expect(
      codes(reviewTransition("approve", { state: "requested", requestedById: ana, actorId: ana })),
    ).toEqual(["review_own_request"]);
    expect(codes(reviewTransition("approve", { state: "none", requestedById: null, actorId: ben }))).toEqual([
      "review_not_requested",
    ]);
    expect(
      codes(
        reviewTransition("return", { state: "requested", requestedById: ana, actorId: ben, comment: "  " }),
      ),
    ).toEqual(["review_comment_missing"]);
    expect(
      codes(reviewTransition("request", { state: "requested", requestedById: ana, actorId: ben })),
    ).toEqual(["review_already_requested"]);
    expect(codes(reviewTransition("withdraw", { state: "none", requestedById: null, actorId: ana }))).toEqual(
      ["review_not_requested"],
    );
    expect(
      codes(
        reviewTransition("request", {
          state: "none",
          requestedById: null,
          actorId: ana,
          comment: "x".repeat(REVIEW_COMMENT_MAX + 1),
        }),
      ),
    ).toEqual(["review_comment_too_long"]);
  });

  it("lets a meeting be published without review, or approved and unchanged since", () => {
    expect(reviewAllowsPublishing("none", false)).toEqual([]);
    expect(reviewAllowsPublishing("approved", false)).toEqual([]);
    for (const [state, edited] of [
      ["requested", false],
      ["returned", false],
      ["approved", true],
    ] as const) {
      const issues = reviewAllowsPublishing(state, edited);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: "review_pending", severity: "error" });
    }
  });
});
