// `pnpm --filter @plenary/domain bench:reader`: precision and recall of the press-release reader per kind of fact,
// per fixture and in total, and the time per text (median of repeated runs after a warm-up).
import { expect, it } from "vitest";
import { FACT_KINDS, evaluateProposal, type Evaluation, type FactKind } from "../src/reader/evaluate";
import { readerFixtures } from "../src/reader/fixtures/index";
import { readPressRelease } from "../src/reader/read-press-release";

const RUNS = 30;
const WARM_UP = 3;

const percent = (value: number) => `${(value * 100).toFixed(0).padStart(3)}%`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function row(label: string, score: { expected: number; found: number; correct: number }): string {
  const precision = score.found ? score.correct / score.found : score.expected ? 0 : 1;
  const recall = score.expected ? score.correct / score.expected : 1;
  return `  ${label.padEnd(13)} P ${percent(precision)}  R ${percent(recall)}   (${score.correct} correct of ${score.found} found, ${score.expected} expected)`;
}

it("benchmarks the press-release reader", () => {
  const totals = Object.fromEntries(FACT_KINDS.map((kind) => [kind, { expected: 0, found: 0, correct: 0 }])) as Record<FactKind, { expected: number; found: number; correct: number }>;
  const medians: number[] = [];
  const lines: string[] = ["", "Press-release reader — precision (P) and recall (R) per kind of fact", ""];

  for (const fixture of readerFixtures) {
    const first = performance.now();
    const proposal = readPressRelease(fixture.text, fixture.knowledge);
    const firstMs = performance.now() - first;
    for (let i = 0; i < WARM_UP; i++) readPressRelease(fixture.text, fixture.knowledge);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      readPressRelease(fixture.text, fixture.knowledge);
      times.push(performance.now() - start);
    }
    const ms = median(times);
    medians.push(ms);
    const evaluation: Evaluation = evaluateProposal(proposal, fixture.expected);
    lines.push(`${fixture.name}: ${fixture.text.length} characters, ${ms.toFixed(1)} ms per text (median of ${RUNS}; first run ${firstMs.toFixed(0)} ms)`);
    for (const kind of FACT_KINDS) {
      const score = evaluation[kind];
      lines.push(row(kind, score));
      for (const missed of score.missed) lines.push(`      missed: ${missed}`);
      for (const extra of score.extra) lines.push(`      extra:  ${extra}`);
      totals[kind].expected += score.expected;
      totals[kind].found += score.found;
      totals[kind].correct += score.correct;
    }
    lines.push("");
  }
  lines.push(`Total over ${readerFixtures.length} texts: ${median(medians).toFixed(1)} ms per text (median), slowest ${Math.max(...medians).toFixed(1)} ms`);
  for (const kind of FACT_KINDS) lines.push(row(kind, totals[kind]));
  lines.push("");
  console.log(lines.join("\n"));
  expect(medians.length).toBe(readerFixtures.length);
});
