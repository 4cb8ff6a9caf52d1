import { partialDateEnd, partialDateStart, type PartialDate } from "@plenary/domain";
import { scaleUtc } from "d3-scale";
import { utcDay, utcYear } from "d3-time";
import { escapeXml, svgDocument } from "./svg";

// A timeline drawn on the server as SVG: one row per subject (a country, a post), its periods as bars on a time
// axis and single days (meetings) as dots. Scales and ticks are d3's; every bar and dot carries its own <title>,
// and the whole picture its values in <desc>.

/** A period of a row: from its first day to its last (null: still running), coloured by its category. */
export interface TimelineSpan {
  start: PartialDate;
  end: PartialDate | null;
  category: string;
  colour: string;
  /** What the bar says to a reader: "Kazakhstan: member, 15 June 2001 – now". */
  text: string;
}

/** A single day on a row (a meeting attended). */
export interface TimelinePoint {
  at: PartialDate;
  text: string;
}

export interface TimelineRow {
  label: string;
  spans: TimelineSpan[];
  points: TimelinePoint[];
}

export interface TimelineChart {
  title: string;
  /** Said after the values in <desc> (e.g. what has no dates and is not drawn); "" for nothing. */
  note: string;
  legend: { label: string; colour: string }[];
  rows: TimelineRow[];
  /** The day "still running" periods run to (the day of drawing). */
  today: string;
}

const WIDTH = 960;
const LABEL_WIDTH = 220;
const ROW_HEIGHT = 26;
const AXIS_HEIGHT = 28;
const LEGEND_ROW = 22;

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** The time the rows cover, from the first day drawn to the last (or today, for periods still running). */
function extent(rows: TimelineRow[], today: string): [Date, Date] | null {
  const days: Date[] = [];
  for (const row of rows) {
    for (const span of row.spans) {
      days.push(day(partialDateStart(span.start)));
      days.push(day(span.end ? partialDateEnd(span.end) : today));
    }
    for (const point of row.points) days.push(day(partialDateStart(point.at)));
  }
  if (days.length === 0) return null;
  const times = days.map((d) => d.getTime());
  return [utcYear.floor(new Date(Math.min(...times))), utcYear.ceil(new Date(Math.max(...times) + 1))];
}

/** The height of the picture for a number of rows and legend entries (the page's <img> needs it). */
export function timelineHeight(rows: number, legendEntries: number): number {
  return AXIS_HEIGHT + Math.max(rows, 1) * ROW_HEIGHT + 12 + Math.max(legendEntries, 1) * LEGEND_ROW;
}

/** The SVG document of a timeline. */
export function timelineSvg(chart: TimelineChart, lang: string): string {
  const height = timelineHeight(chart.rows.length, chart.legend.length);
  const domain = extent(chart.rows, chart.today) ?? [
    utcYear.floor(day(chart.today)),
    utcYear.ceil(day(chart.today)),
  ];
  const x = scaleUtc()
    .domain(domain)
    .range([LABEL_WIDTH, WIDTH - 16]);
  const years = utcYear.count(domain[0], domain[1]);
  const ticks = x.ticks(utcYear.every(Math.max(1, Math.ceil(years / 10)))!);
  const plotBottom = AXIS_HEIGHT + chart.rows.length * ROW_HEIGHT;

  const axis = ticks
    .map((tick) => {
      const at = x(tick).toFixed(1);
      return (
        `<line x1="${at}" x2="${at}" y1="${AXIS_HEIGHT - 6}" y2="${plotBottom}" stroke="#d9dde3"/>` +
        `<text x="${at}" y="${AXIS_HEIGHT - 10}" text-anchor="middle">${tick.getUTCFullYear()}</text>`
      );
    })
    .join("");

  const rows = chart.rows
    .map((row, index) => {
      const top = AXIS_HEIGHT + index * ROW_HEIGHT;
      const bars = row.spans
        .map((span) => {
          const from = x(day(partialDateStart(span.start)));
          const to = x(utcDay.offset(day(span.end ? partialDateEnd(span.end) : chart.today), 1));
          return (
            `<rect x="${from.toFixed(1)}" y="${top + 5}" width="${Math.max(to - from, 2).toFixed(1)}" ` +
            `height="${ROW_HEIGHT - 10}" rx="2" fill="${span.colour}" data-category="${escapeXml(span.category)}">` +
            `<title>${escapeXml(span.text)}</title></rect>`
          );
        })
        .join("");
      const dots = row.points
        .map(
          (point) =>
            `<circle cx="${x(day(partialDateStart(point.at))).toFixed(1)}" cy="${top + ROW_HEIGHT / 2}" r="5" ` +
            `fill="#1a1a1a" stroke="#ffffff"><title>${escapeXml(point.text)}</title></circle>`,
        )
        .join("");
      return (
        `<g data-row="${index}"><text x="8" y="${top + ROW_HEIGHT / 2 + 4}">${escapeXml(row.label)}</text>` +
        `<line x1="${LABEL_WIDTH}" x2="${WIDTH - 16}" y1="${top + ROW_HEIGHT}" y2="${top + ROW_HEIGHT}" ` +
        `stroke="#eef0f3"/>${bars}${dots}</g>`
      );
    })
    .join("");

  const legend = chart.legend
    .map((entry, index) => {
      const y = plotBottom + 12 + index * LEGEND_ROW;
      return (
        `<rect x="${LABEL_WIDTH}" y="${y}" width="14" height="14" fill="${entry.colour}"/>` +
        `<text x="${LABEL_WIDTH + 22}" y="${y + 12}">${escapeXml(entry.label)}</text>`
      );
    })
    .join("");

  const values = chart.rows.flatMap((row) => [
    ...row.spans.map((span) => span.text),
    ...row.points.map((point) => point.text),
  ]);
  return svgDocument({
    width: WIDTH,
    height,
    lang,
    title: chart.title,
    description: [...values, ...(chart.note ? [chart.note] : [])].join("; "),
    body:
      `<g fill="#4a4f57">${axis}</g>` + `<g fill="#1a1a1a">${rows}</g>` + `<g fill="#1a1a1a">${legend}</g>`,
  });
}
