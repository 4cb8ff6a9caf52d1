import { describe, expect, it } from "vitest";
import { normalize, phrasePattern, segment } from "./segment";

describe("segment", () => {
  it("splits paragraphs and sentences with offsets into the original text", () => {
    const text =
      "Title line\n\nThe meeting was held on 10.11.2020. Mr. Smith spoke. It ended.\n\n  Last one!  ";
    const paragraphs = segment(text);
    expect(paragraphs.map((p) => p.text)).toEqual([
      "Title line",
      "The meeting was held on 10.11.2020. Mr. Smith spoke. It ended.",
      "Last one!",
    ]);
    expect(paragraphs[1]!.sentences.map((s) => s.text)).toEqual([
      "The meeting was held on 10.11.2020.",
      "Mr. Smith spoke.",
      "It ended.",
    ]);
    for (const paragraph of paragraphs)
      for (const sentence of paragraph.sentences)
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
  it("normalizes case, diacritics and punctuation", () => {
    expect(normalize("António  GUTERRES, Jr.")).toBe("antonio guterres jr");
  });
  it("matches phrases as whole words, hyphens and spaces alike", () => {
    expect("UN Secretary-General".match(phrasePattern("Secretary General"))?.[0]).toBe("Secretary-General");
    expect("Iranian".match(phrasePattern("Iran"))).toBeNull();
  });
});

describe("initials of two letters", () => {
  it("keeps 'E.Sh. Rahmon' in one sentence, and still ends one after 'President Xi.'", () => {
    const sentences = (text: string) => segment(text)[0]!.sentences.map((s) => s.text);
    expect(sentences("Heads of state V.V.Putin and E.Sh. Rahmon attended. It ended.")).toEqual([
      "Heads of state V.V.Putin and E.Sh. Rahmon attended.",
      "It ended.",
    ]);
    expect(sentences("He met President Xi. Talks followed.")).toEqual([
      "He met President Xi.",
      "Talks followed.",
    ]);
  });
});
