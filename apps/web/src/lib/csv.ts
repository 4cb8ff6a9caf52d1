import { stringify } from "csv-stringify/sync";

/** Characters that make a spreadsheet read a cell as a formula or a command (OWASP's "CSV injection" list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would run as a formula, made inert with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 CSV through csv-stringify: CRLF line ends, a field quoted when it holds a comma, quote, CR or LF,
 * quotes doubled. Text cells that a spreadsheet would run as a formula are neutralised; numbers stay numbers.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return stringify([header, ...rows] as (string | number | null | undefined)[][], {
    record_delimiter: "windows",
    // A lone LF inside a field is not the CRLF record delimiter, so the library would not quote it by itself.
    quoted_match: /[\r\n]/,
    cast: { string: neutraliseFormula },
  });
}
