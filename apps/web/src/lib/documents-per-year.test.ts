import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { documentsPerYear, documentsPerYearSvg } from "./documents-per-year";

const counts = [
  { year: "2018", type: "declaration", count: 1 },
  { year: "2020", type: "statement", count: 6 },
  { year: "2020", type: "decision", count: 3 },
  { year: "2020", type: "declaration", count: 1 },
];
const texts = {
  title: "Documents adopted per year, by type",
  segment: (year: string, type: string, count: number) => `${year}: ${count} ${type}`,
  empty: "None",
};

describe("documents adopted per year, by type", () => {
  it("counts every year from the first to the last, types by how many documents they have", () => {
    const chart = documentsPerYear(counts);
    expect(chart.years).toEqual(["2018", "2019", "2020"]);
    expect(chart.types.map((entry) => entry.type)).toEqual(["statement", "decision", "declaration"]);
    expect(chart.counts.get("2020")?.get("statement")).toBe(6);
  });

  it("stacks each year's types as bars whose heights follow the counts, with the values in <title> and <desc>", () => {
    const text = documentsPerYearSvg(documentsPerYear(counts), "en", texts);
    const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getElementsByTagName("desc")[0]!.textContent).toBe(
      "2018: 1 Declaration; 2020: 6 Statement; 2020: 3 Decision; 2020: 1 Declaration",
    );
    const bars = [...svg.getElementsByTagName("rect")].filter((rect) => rect.getAttribute("data-year"));
    expect(bars).toHaveLength(4);
    const height = (year: string, type: string) =>
      Number(
        bars
          .find((bar) => bar.getAttribute("data-year") === year && bar.getAttribute("data-type") === type)!
          .getAttribute("height"),
      );
    expect(height("2020", "statement")).toBeCloseTo(6 * height("2020", "declaration"), 0);
    expect(height("2020", "decision")).toBeCloseTo(3 * height("2018", "declaration"), 0);
    expect(text).not.toMatch(/<script|on[a-z]+=/i);
  });
});
