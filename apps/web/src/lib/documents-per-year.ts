import { label, type Locale } from "@plenary/domain";
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { escapeXml, PALETTE, svgDocument } from "./svg";

// Documents adopted per year, by type, as stacked bars drawn on the server as SVG (d3's band and linear scales,
// d3-shape's stack). Every bar segment carries its own <title>, and the picture its values in <desc>; the page
// shows the same counts as a table.

export interface YearTypeCount {
  year: string;
  type: string;
  count: number;
}

export interface DocumentsPerYear {
  /** Years from the first to the last with a document, every year between included (oldest first). */
  years: string[];
  /** The types that occur, most documents first, each with its colour. */
  types: { type: string; colour: string }[];
  /** count[year][type]. */
  counts: Map<string, Map<string, number>>;
}

export function documentsPerYear(rows: YearTypeCount[]): DocumentsPerYear {
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  for (const { year, type, count } of rows) {
    const byType = counts.get(year) ?? new Map<string, number>();
    byType.set(type, (byType.get(type) ?? 0) + count);
    counts.set(year, byType);
    totals.set(type, (totals.get(type) ?? 0) + count);
  }
  const known = [...counts.keys()].map(Number).sort((a, b) => a - b);
  const years =
    known.length === 0
      ? []
      : Array.from({ length: known.at(-1)! - known[0]! + 1 }, (_, i) => String(known[0]! + i));
  const types = [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([type], index) => ({ type, colour: PALETTE[index % PALETTE.length]! }));
  return { years, types, counts };
}

export interface DocumentsPerYearTexts {
  title: string;
  /** "2020: 3 declarations" for one year and type. */
  segment: (year: string, type: string, count: number) => string;
  empty: string;
}

const WIDTH = 960;
const PLOT_TOP = 16;
const PLOT_HEIGHT = 300;
const LEFT = 48;
const LEGEND_ROW = 22;

export function documentsPerYearHeight(types: number): number {
  return PLOT_TOP + PLOT_HEIGHT + 40 + Math.max(types, 1) * LEGEND_ROW;
}

export function documentsPerYearSvg(
  chart: DocumentsPerYear,
  locale: Locale,
  texts: DocumentsPerYearTexts,
): string {
  const typeLabel = (type: string) => label("documentType", type as never, locale);
  const rows = chart.years.map((year) => ({
    year,
    ...Object.fromEntries(chart.types.map(({ type }) => [type, chart.counts.get(year)?.get(type) ?? 0])),
  })) as ({ year: string } & Record<string, number>)[];
  const series = stack<{ year: string } & Record<string, number>>().keys(chart.types.map(({ type }) => type))(
    rows,
  );
  const highest = Math.max(
    1,
    ...rows.map((row) => chart.types.reduce((sum, { type }) => sum + row[type]!, 0)),
  );
  const x = scaleBand<string>()
    .domain(chart.years)
    .range([LEFT, WIDTH - 16])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, highest])
    .nice()
    .range([PLOT_TOP + PLOT_HEIGHT, PLOT_TOP]);

  const grid = y
    .ticks(Math.min(highest, 5))
    .filter((tick) => Number.isInteger(tick))
    .map(
      (tick) =>
        `<line x1="${LEFT}" x2="${WIDTH - 16}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" ` +
        `stroke="#e4e7eb"/><text x="${LEFT - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end">${tick}</text>`,
    )
    .join("");
  const step = Math.max(1, Math.ceil(chart.years.length / 20));
  const yearLabels = chart.years
    .filter((_, index) => index % step === 0)
    .map(
      (year) =>
        `<text x="${(x(year)! + x.bandwidth() / 2).toFixed(1)}" y="${PLOT_TOP + PLOT_HEIGHT + 18}" ` +
        `text-anchor="middle">${year}</text>`,
    )
    .join("");
  const bars = series
    .map((layer, index) => {
      const { type, colour } = chart.types[index]!;
      const rects = layer
        .filter(([low, high]) => high > low)
        .map((segment) => {
          const year = segment.data.year;
          const count = segment[1] - segment[0];
          return (
            `<rect x="${x(year)!.toFixed(1)}" y="${y(segment[1]).toFixed(1)}" width="${x.bandwidth().toFixed(1)}" ` +
            `height="${(y(segment[0]) - y(segment[1])).toFixed(1)}" data-year="${year}" data-type="${escapeXml(type)}" ` +
            `data-count="${count}"><title>${escapeXml(texts.segment(year, typeLabel(type), count))}</title></rect>`
          );
        })
        .join("");
      return `<g fill="${colour}">${rects}</g>`;
    })
    .join("");
  const legend = chart.types
    .map(({ type, colour }, index) => {
      const top = PLOT_TOP + PLOT_HEIGHT + 36 + index * LEGEND_ROW;
      return (
        `<rect x="${LEFT}" y="${top}" width="14" height="14" fill="${colour}"/>` +
        `<text x="${LEFT + 22}" y="${top + 12}">${escapeXml(typeLabel(type))}</text>`
      );
    })
    .join("");
  const values = chart.years.flatMap((year) =>
    chart.types.flatMap(({ type }) => {
      const count = chart.counts.get(year)?.get(type) ?? 0;
      return count ? [texts.segment(year, typeLabel(type), count)] : [];
    }),
  );
  return svgDocument({
    width: WIDTH,
    height: documentsPerYearHeight(chart.types.length),
    lang: locale,
    title: texts.title,
    description: values.length ? values.join("; ") : texts.empty,
    body:
      `<g fill="#4a4f57" stroke-width="1">${grid}${yearLabels}</g>${bars}` +
      `<line x1="${LEFT}" x2="${WIDTH - 16}" y1="${PLOT_TOP + PLOT_HEIGHT}" y2="${PLOT_TOP + PLOT_HEIGHT}" stroke="#4a4f57"/>` +
      `<g fill="#1a1a1a">${legend}</g>`,
  });
}
