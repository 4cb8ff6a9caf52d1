import { describe, expect, it } from "vitest";
import { languageName } from "./language-name";

describe("languageName", () => {
  it("names a language in the page's language", () => {
    expect(languageName("ru", "en")).toBe("Russian");
    expect(languageName("zh", "ru")).toBe("китайский");
    expect(languageName("en", "zh")).toBe("英语");
  });

  it("keeps a tag it cannot read", () => {
    expect(languageName("not a tag", "en")).toBe("not a tag");
  });
});
