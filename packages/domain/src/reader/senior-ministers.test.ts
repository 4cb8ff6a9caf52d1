// "Senior Minister" (the styles3 round): the office above the ministers in Singapore, Brunei and elsewhere keeps its
// rank in the post's label, as "First Deputy" does. Every sentence here is made up for the rule it tests; the people
// are invented.
import { describe, expect, it } from "vitest";
import { eurasiaKnowledge } from "./fixtures/eurasia-knowledge";
import { readPressRelease } from "./read-press-release";

const labels = (sentence: string) =>
  readPressRelease(
    `Minsk, 12 March 2019\n\nThe Council of Heads of State of the CIS met in Minsk on 12 March 2019. President Ivan Petrov of Belarus chaired the meeting.\n\n${sentence}`,
    eurasiaKnowledge,
  )
    .participants.slice(1)
    .map((p) =>
      p.post === null
        ? null
        : p.post.value.status === "matched"
          ? p.post.value.id
          : p.post.value.proposed.label,
    );

describe("a senior minister's post", () => {
  it.each([
    "Kazakhstan was represented by Senior Minister Daniyar Serikov.",
    "Daniyar Serikov, Senior Minister of Kazakhstan, also took part.",
  ])("%s", (sentence) => {
    expect(labels(sentence)).toEqual(["Senior Minister of Kazakhstan"]);
  });

  it("guard: 'senior' in lower case before the title is no rank", () => {
    expect(
      labels("Kazakhstan was represented by its most senior Minister of Finance, Daniyar Serikov."),
    ).not.toContain("Senior Minister of Kazakhstan");
  });
});
