import { describe, expect, it } from "vitest";
import { parsedEntries } from "../../cache-handler.mjs";

// The shared page cache's reader of stored entries (cache-handler.mjs): it parses each stored value once and gives a
// copy of that entry for the same bytes again, never an entry of other bytes.

const stored = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8");
const page = (html: string) => ({
  lastModified: 1,
  tags: ["person:x"],
  value: { kind: "APP_PAGE", html, rscData: "cnNj" },
});

describe("parsedEntries", () => {
  it("gives the entry the bytes hold, in any script", () => {
    const parse = parsedEntries(1024 * 1024);
    expect(parse(stored(page("<h1>李刚 · Русский</h1>")))).toEqual(page("<h1>李刚 · Русский</h1>"));
    expect(parse(JSON.stringify(page("as text")))).toEqual(page("as text"));
  });

  it("gives each reader its own entry and value, so changing one leaves the next as stored", () => {
    const parse = parsedEntries(1024 * 1024);
    const bytes = stored(page("<p>one</p>"));
    const first = parse(bytes)!;
    first.value!.rscData = Buffer.from("changed");
    first.tags = [];
    const again = parse(Buffer.from(bytes))!;
    expect(again).toEqual(page("<p>one</p>"));
    expect(again).not.toBe(first);
    expect(again.value).not.toBe(first.value);
  });

  it("never confuses two values of the same length", () => {
    const parse = parsedEntries(1024 * 1024);
    const one = stored(page("<p>aaa</p>"));
    const other = stored(page("<p>bbb</p>"));
    expect(one.length).toBe(other.length);
    expect(parse(one)!.value!.html).toBe("<p>aaa</p>");
    expect(parse(other)!.value!.html).toBe("<p>bbb</p>");
    expect(parse(one)!.value!.html).toBe("<p>aaa</p>");
  });

  it("parses again what it no longer keeps, and keeps no value larger than a quarter of its bound", () => {
    const parse = parsedEntries(400);
    const values = ["<p>1</p>", "<p>22</p>", "<p>333</p>", "<p>4444</p>"].map((html) => stored(page(html)));
    for (const bytes of values) parse(bytes);
    for (const bytes of values) expect(parse(bytes)).toEqual(JSON.parse(bytes.toString("utf8")));
    const large = stored(page("x".repeat(200)));
    expect(parse(large)!.value!.html).toBe("x".repeat(200));
  });

  it("passes null through as stored", () => {
    expect(parsedEntries(1024)(Buffer.from("null"))).toBeNull();
  });
});
