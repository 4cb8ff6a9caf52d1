import { stringify as stringifyStream, type Options, type Stringifier } from "csv-stringify";
import { stringify } from "csv-stringify/sync";

/** Characters that make a spreadsheet read a cell as a formula or a command (OWASP's "CSV injection" list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would run as a formula, made inert with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvCell = string | number | null | undefined;

const OPTIONS = {
  record_delimiter: "windows",
  // A lone LF inside a field is not the CRLF record delimiter, so the library would not quote it by itself.
  quoted_match: /[\r\n]/,
  cast: { string: neutraliseFormula },
} satisfies Options;

/**
 * RFC 4180 CSV through csv-stringify: CRLF line ends, a field quoted when it holds a comma, quote, CR or LF,
 * quotes doubled. Text cells that a spreadsheet would run as a formula are neutralised; numbers stay numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows] as CsvCell[][], OPTIONS);
}

/** The same CSV as `toCsv`, a record at a time (the header is the first record written): for the bulk files. */
export function csvStream(): Stringifier {
  return stringifyStream(OPTIONS);
}
