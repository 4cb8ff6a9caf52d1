import { describe, expect, it } from "vitest";
import { keysetAfter, keysetOrder, type KeyColumn } from "./keyset";

const BY_SLUG: KeyColumn[] = [{ field: "slug", direction: "asc" }];
const NEWEST_FIRST: KeyColumn[] = [
  { field: "date", direction: "desc", nullable: true },
  { field: "order", direction: "asc" },
  { field: "slug", direction: "asc" },
];

describe("keyset pagination filters", () => {
  it("orders by each column, nulls last where a column may be null", () => {
    expect(keysetOrder(NEWEST_FIRST)).toEqual([
      { date: { sort: "desc", nulls: "last" } },
      { order: "asc" },
      { slug: "asc" },
    ]);
  });

  it("starts after the key of one unique column, bounded so that the index is read from there", () => {
    expect(keysetAfter(BY_SLUG, { slug: "india" })).toEqual({
      AND: [{ slug: { gte: "india" } }, { OR: [{ slug: { gt: "india" } }] }],
    });
  });

  it("goes on past a date to the same date's later rows, the earlier dates and the undated", () => {
    expect(keysetAfter(NEWEST_FIRST, { date: "2020-11-10", order: 2, slug: "b" })).toEqual({
      AND: [
        {
          OR: [
            { date: { lt: "2020-11-10" } },
            { date: null },
            { date: "2020-11-10", order: { gt: 2 } },
            { date: "2020-11-10", order: 2, slug: { gt: "b" } },
          ],
        },
      ],
    });
  });

  it("after an undated row, goes on among the undated only", () => {
    expect(keysetAfter(NEWEST_FIRST, { date: null, order: 0, slug: "b" })).toEqual({
      AND: [
        {
          OR: [
            { date: null, order: { gt: 0 } },
            { date: null, order: 0, slug: { gt: "b" } },
          ],
        },
      ],
    });
  });
});
