// A particle in lower case joined by a hyphen to a capitalised name at its end ("Khudair al-Khuzaie", "Abdel Fattah
// el-Sisi") is a word of the name, not a trailing particle cut off before the verb that follows it.
// Guards: a hyphenated word in lower case after the name ("re-opened") is no part of it, and a leader who "arrived …
// for that meeting" (an event the text names apart) is not read as taking part. Every person here is invented.
import { describe, expect, it } from "vitest";
import { chair4Knowledge as knowledge } from "./fixtures/chair4-knowledge";
import { readPressRelease } from "./read-press-release";

const names = (sentences: string) =>
  readPressRelease(
    `Doha, 26 March 2013 — The Council of the League of Arab States at summit level opened its twenty-fourth session today. ${sentences}`,
    knowledge,
  ).participants.map((participant) => participant.nameAsStated);

describe("a particle joined to a name by a hyphen", () => {
  it.each([
    ["Iraqi Vice President Khudair al-Khuzaie opened the session.", "Khudair al-Khuzaie"],
    ["Egyptian President Abdel Fattah el-Sisi addressed the summit.", "Abdel Fattah el-Sisi"],
    ["Yemeni President Salah al-Omari told the summit that the war must end.", "Salah al-Omari"],
  ])("%s", (sentence, name) => {
    expect(names(sentence)).toContain(name);
  });

  it("keeps a hyphenated word in lower case out of the name", () => {
    expect(names("Iraqi President Ali Hassan re-opened the session.")).toContain("Ali Hassan");
  });

  it("is not a leader who arrived for an event the text names apart", () => {
    expect(
      names(
        "On Wednesday the host is to hold a dialogue with the leaders of Chad and Niger. Egyptian President Omar el-Sayed arrived in Doha on Tuesday evening for that meeting.",
      ),
    ).not.toContain("Omar el-Sayed");
  });
});
