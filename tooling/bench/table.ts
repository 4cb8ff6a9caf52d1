// How the benchmarks print their figures.

export const format = (n: number, digits = 0) => n.toLocaleString("en", { maximumFractionDigits: digits });

/** A Markdown table, columns padded (the README's tables are these, pasted). */
export function printTable(header: string[], rows: string[][]) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`);
  for (const row of rows) console.log(line(row));
}
