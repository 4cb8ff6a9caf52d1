import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { timelineHeight, timelineSvg, type TimelineChart } from "./timeline-chart";

const chart: TimelineChart = {
  title: "Members of <Council> over time",
  note: "1 period without a start date is not drawn",
  legend: [
    { label: "Member", colour: "#0072B2" },
    { label: "Observer", colour: "#E69F00" },
  ],
  rows: [
    {
      label: "Kazakhstan",
      spans: [
        { start: "2001-06-15", end: null, category: "member", colour: "#0072B2", text: "Kazakhstan: member" },
      ],
      points: [],
    },
    {
      label: "India",
      spans: [
        { start: "2005", end: "2017-06", category: "observer", colour: "#E69F00", text: "India: observer" },
        { start: "2017-06-09", end: null, category: "member", colour: "#0072B2", text: "India: member" },
      ],
      points: [{ at: "2020-11-10", text: "A meeting, 10 November 2020" }],
    },
  ],
  today: "2026-12-03",
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml").documentElement!;

describe("a timeline drawn as SVG", () => {
  it("is an image whose <title> and <desc> carry the values, each bar and dot with its own <title>", () => {
    const text = timelineSvg(chart, "en");
    const svg = parse(text);
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-labelledby")).toBe("chart-title chart-desc");
    expect(svg.getElementsByTagName("title")[0]!.textContent).toBe("Members of <Council> over time");
    expect(text).toContain("&lt;Council&gt;");
    expect(svg.getElementsByTagName("desc")[0]!.textContent).toBe(
      "Kazakhstan: member; India: observer; India: member; A meeting, 10 November 2020; " +
        "1 period without a start date is not drawn",
    );
    const bars = [...svg.getElementsByTagName("rect")].filter((rect) => rect.getAttribute("data-category"));
    expect(bars.map((bar) => bar.getElementsByTagName("title")[0]!.textContent)).toEqual([
      "Kazakhstan: member",
      "India: observer",
      "India: member",
    ]);
    expect(svg.getElementsByTagName("circle")).toHaveLength(1);
    expect(Number(svg.getAttribute("height"))).toBe(timelineHeight(2, 2));
    expect(text).not.toMatch(/<script|on[a-z]+=/i);
  });

  it("places periods on one time axis (d3's UTC scale, whole years) in order", () => {
    const svg = parse(timelineSvg(chart, "en"));
    const years = [...svg.getElementsByTagName("text")]
      .map((text) => text.textContent ?? "")
      .filter((text) => /^\d{4}$/.test(text));
    // 2001 to the end of 2026 in at most ten ticks: every third year.
    expect(years[0]).toBe("2001");
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => String(2001 + 3 * i)));
    expect(years.at(-1)).toBe("2025");
    const bars = [...svg.getElementsByTagName("rect")].filter((rect) => rect.getAttribute("data-category"));
    const x = bars.map((bar) => Number(bar.getAttribute("x")));
    // India as an observer (2005) starts after Kazakhstan (2001) and before India as a member (2017).
    expect(x[0]).toBeLessThan(x[1]!);
    expect(x[1]).toBeLessThan(x[2]!);
    // A period still running reaches today, as far as Kazakhstan's.
    const end = (bar: { getAttribute(name: string): string | null }) =>
      Number(bar.getAttribute("x")) + Number(bar.getAttribute("width"));
    expect(end(bars[2]!)).toBeCloseTo(end(bars[0]!), 1);
  });
});
