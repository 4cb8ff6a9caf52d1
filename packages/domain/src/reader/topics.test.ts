import { describe, expect, it } from "vitest";
import type { ReaderKnowledge } from "./knowledge";
import { readTopics } from "./topics";

const knowledge: ReaderKnowledge = {
  topics: [
    { id: "topclimate", labelI18n: { en: "Climate" }, synonyms: ["global warming", "emissions"] },
    { id: "topenergy", labelI18n: { en: "Energy" }, synonyms: [] },
  ],
  organizations: [],
  countries: [],
  people: [],
  posts: [],
  occupancies: [],
  memberships: [],
};

describe("topics", () => {
  it("matches labels and synonyms from the knowledge as whole words", () => {
    const text = "They discussed Global  Warming and cutting emissions; energetic debates followed.";
    const topics = readTopics(text, knowledge);
    expect(topics.map((t) => [t.topicId, t.mentions, text.slice(t.evidence.start, t.evidence.end)])).toEqual([
      ["topclimate", 2, "Global  Warming"],
    ]);
  });
  it("proposes nothing without a topic vocabulary", () => {
    expect(readTopics("climate and energy", { ...knowledge, topics: [] })).toEqual([]);
  });
});
