import { describe, expect, it } from "vitest";
import { checkSlug } from "./slugs";

const existing = [
  { id: "cmeetingbishkek2019000000", slug: "meeting-of-the-sco-council-of-heads-of-state-2019-06-14" },
  // A former slug of the Moscow meeting: it still redirects, so it stays taken.
  { id: "cmeetingsco20200000000000", slug: "sco-summit-2020" },
];

describe("rule 8: slugs", () => {
  it("passes a free, well-formed slug", () => {
    const record = { slug: "meeting-of-the-sco-council-of-heads-of-state-2020-11-10" };
    expect(checkSlug({ record, existing })).toEqual([]);
  });

  it("passes a record keeping its own (current or former) slug", () => {
    expect(
      checkSlug({ record: { id: "cmeetingsco20200000000000", slug: "sco-summit-2020" }, existing }),
    ).toEqual([]);
  });

  it("errors on a slug that is not lowercase ASCII", () => {
    const issues = checkSlug({ record: { slug: "Moscow-Declaration" }, existing });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      rule: "slug",
      code: "slug_invalid",
      severity: "error",
      path: ["slug"],
    });
    expect(issues[0]?.message).toMatch(
      /^"Moscow-Declaration" cannot be used as a slug\. A slug may contain only lowercase letters/,
    );
  });

  it("errors on a slug another record of the type uses, including a former slug", () => {
    expect(
      checkSlug({ record: { id: "cmeetingnew00000000000000", slug: "sco-summit-2020" }, existing }),
    ).toEqual([
      {
        rule: "slug",
        code: "slug_taken",
        severity: "error",
        path: ["slug"],
        message:
          'The slug "sco-summit-2020" is already used by another record (cmeetingsco20200000000000); choose another, e.g. by adding the year.',
      },
    ]);
  });

  it("reports at a custom path", () => {
    const issues = checkSlug({
      record: { slug: "sco-summit-2020" },
      existing,
      path: ["documents", 2, "slug"],
    });
    expect(issues[0]?.path).toEqual(["documents", 2, "slug"]);
  });
});
