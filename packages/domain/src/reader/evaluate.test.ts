import { describe, expect, it } from "vitest";
import { evaluateProposal, titleKey } from "./evaluate";
import { readerFixtures } from "./fixtures/index";
import { readPressRelease } from "./read-press-release";

describe("evaluateProposal", () => {
  const fixture = readerFixtures[0]!;
  const proposal = readPressRelease(fixture.text, fixture.knowledge);

  it("scores a perfect kind 1/1 and counts misses and extras", () => {
    const evaluation = evaluateProposal(proposal, fixture.expected);
    expect(evaluation.participants).toMatchObject({
      expected: 15,
      found: 15,
      correct: 15,
      precision: 1,
      recall: 1,
    });
    const withoutModi = evaluateProposal(proposal, {
      ...fixture.expected,
      participants: fixture.expected.participants.slice(1),
    });
    expect(withoutModi.participants).toMatchObject({
      expected: 14,
      found: 15,
      correct: 14,
      extra: ["pernarendramodi"],
    });
    expect(withoutModi.participants.precision).toBeCloseTo(14 / 15);
  });

  it("compares titles without case or dash style", () => {
    expect(titleKey("Action Plan for 2021–2025")).toBe(titleKey("action plan for 2021-2025"));
  });
});
