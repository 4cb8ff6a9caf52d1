import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes only what needs quoting and ends lines with CRLF", () => {
    expect(toCsv(["a", "b"], [["plain", 'say "hi", then go'], [1, null]])).toBe('a,b\r\nplain,"say ""hi"", then go"\r\n1,\r\n');
    expect(toCsv(["x"], [["two\nlines"]])).toBe('x\r\n"two\nlines"\r\n');
  });

  it("keeps spreadsheet formulas inert", () => {
    expect(toCsv(["x"], [["=HYPERLINK(1)"]])).toBe("x\r\n'=HYPERLINK(1)\r\n");
  });
});
