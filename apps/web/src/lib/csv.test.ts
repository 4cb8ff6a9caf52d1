import { describe, expect, it } from "vitest";
import { csvStream, toCsv, type CsvCell } from "./csv";

describe("toCsv", () => {
  it("quotes only what needs quoting and ends lines with CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["plain", 'say "hi", then go'],
          [1, null],
        ],
      ),
    ).toBe('a,b\r\nplain,"say ""hi"", then go"\r\n1,\r\n');
    expect(toCsv(["x"], [["two\nlines"]])).toBe('x\r\n"two\nlines"\r\n');
  });

  it("keeps spreadsheet formulas inert: cells starting with = + - @, a tab or a carriage return", () => {
    expect(toCsv(["x"], [["=HYPERLINK(1)"]])).toBe("x\r\n'=HYPERLINK(1)\r\n");
    expect(toCsv(["x", "y", "z"], [["+1+1", "-2+3", "@SUM(A1)"]])).toBe("x,y,z\r\n'+1+1,'-2+3,'@SUM(A1)\r\n");
    expect(toCsv(["x", "y"], [["\t=1", "\r=1"]])).toBe("x,y\r\n'\t=1,\"'\r=1\"\r\n");
  });

  it("leaves numbers, negative ones included, and ordinary text alone", () => {
    expect(toCsv(["n", "t"], [[-5, "Head of delegation - Russia"]])).toBe(
      "n,t\r\n-5,Head of delegation - Russia\r\n",
    );
  });
});

describe("csvStream", () => {
  it("writes the bytes toCsv gives, a record at a time: quoting, CRLF and inert formulas alike", async () => {
    const header = ["a", "b", "c"];
    const rows: CsvCell[][] = [
      ["plain", 'say "hi", then go', -5],
      ["two\nlines", null, undefined],
      ["=HYPERLINK(1)", "\r=1", "@SUM(A1)"],
    ];
    const csv = csvStream();
    const chunks: Buffer[] = [];
    csv.on("data", (chunk: Buffer) => chunks.push(chunk));
    for (const record of [header, ...rows]) csv.write(record);
    csv.end();
    await new Promise((resolve) => csv.on("end", resolve));
    expect(Buffer.concat(chunks).toString("utf8")).toBe(toCsv(header, rows));
  });
});
