// `pnpm exec tsx bench/reader-outputs.ts OUT.json [--runs N] [--only NAME,NAME]` (from packages/domain): a
// safety net for speed work on the press-release reader. For every open fixture (`readerFixtures`, never the
// sealed ones) it writes `JSON.stringify(readPressRelease(text, knowledge))` into OUT.json, one fixture per line
// (outputs only, so two runs can be compared with `cmp`), and prints the time per text (median of N runs, 30 by
// default, after 3 warm-ups), slowest first, then the median and the slowest over all texts. `--runs 0` skips
// the timing. Timings are noisy on a shared machine: compare before and after alternately, several times.
import fs from "node:fs";
import { readerFixtures } from "../src/reader/fixtures/index";
import { readPressRelease } from "../src/reader/read-press-release";

const args = process.argv.slice(2);
const out = args.find((arg) => !arg.startsWith("--") && !/^\d+$/.test(arg) && !arg.includes(","));
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const runs = Number(option("--runs") ?? 30);
const only = option("--only")?.split(",");
const WARM_UP = 3;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const fixtures = readerFixtures.filter((fixture) => !only || only.includes(fixture.name));
const lines: string[] = [];
const times: { name: string; ms: number }[] = [];
for (const fixture of fixtures) {
  let output: string;
  try {
    output = JSON.stringify(readPressRelease(fixture.text, fixture.knowledge));
  } catch (error) {
    output = `THROWS ${(error as Error).message}`;
  }
  lines.push(`${JSON.stringify(fixture.name)}: ${output}`);
  if (runs <= 0) continue;
  const run = () => {
    try {
      readPressRelease(fixture.text, fixture.knowledge);
    } catch {
      // A text the reader refuses is timed up to its refusal.
    }
  };
  for (let i = 0; i < WARM_UP; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  times.push({ name: fixture.name, ms: median(samples) });
}
if (out) fs.writeFileSync(out, lines.join("\n") + "\n");
if (times.length) {
  times.sort((a, b) => b.ms - a.ms);
  for (const { name, ms } of times) console.log(`${ms.toFixed(2).padStart(7)} ms  ${name}`);
  const all = times.map((time) => time.ms);
  console.log(
    `${fixtures.length} texts: median ${median(all).toFixed(2)} ms, slowest ${Math.max(...all).toFixed(2)} ms, total of medians ${all.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
  );
}
