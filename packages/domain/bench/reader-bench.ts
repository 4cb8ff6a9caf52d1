// `pnpm --filter @plenary/domain bench:reader`: precision and recall of the press-release reader per kind of fact,
// per fixture and per group of fixtures (each open group of `fixtures/groups.ts`, in its order, then each batch
// of sealed ones the reader is never tuned on), the headline figures per group, and the time per text (median of
// repeated runs after a warm-up). `READER_BENCH_OPEN_ONLY=1` leaves the sealed batches out, all but the texts opened
// as development texts. Every text is read a second time against its knowledge merged with the product's reference
// data (`fixtures/with-reference-data.ts`), as the app reads a release against a database holding the whole reference
// load: each headline gets a second line "with the reference data", and the texts read otherwise are listed.
import { expect, it } from "vitest";
import { FACT_KINDS, evaluateProposal, type Evaluation, type FactKind } from "../src/reader/evaluate";
import { readerFixtures, type ReaderFixture } from "../src/reader/fixtures/index";
import { FIXTURE_GROUPS, type FixtureGroup } from "../src/reader/fixtures/groups";
import { OPENED_AS_DEVELOPMENT_TEXT, sealedReaderFixtures } from "../src/reader/fixtures/sealed/index";
import { referenceData } from "../src/reader/fixtures/reference-data";
import { withReferenceData } from "../src/reader/fixtures/with-reference-data";
import type { ReaderKnowledge } from "../src/reader/knowledge";
import { readPressRelease } from "../src/reader/read-press-release";
import { classifyMisses, missClassLines, type MissClasses } from "./miss-classes";

const RUNS = 30;
/**
 * `READER_BENCH_SEALED_DETAILS=1` prints what each sealed text missed, fact by fact; without it a sealed text shows its
 * counts only, so that whoever reads the bench's output to measure the reader does not learn the texts' facts.
 */
const SEALED_DETAILS = process.env.READER_BENCH_SEALED_DETAILS === "1";
/** The sealed texts never opened (those opened whole as development texts are printed in full). */
const UNSEEN = new Set(
  sealedReaderFixtures
    .filter((fixture) => fixture.openTwin !== OPENED_AS_DEVELOPMENT_TEXT)
    .map((fixture) => fixture.name),
);
const WARM_UP = 3;
// The reading with the reference data is timed too, with fewer runs: its figures are the second line, not the first.
const RUNS_WITH_REFERENCE = 10;
const WARM_UP_WITH_REFERENCE = 1;
const WITH_REFERENCE = "  with the reference data";

type Score = { expected: number; found: number; correct: number };

const percent = (value: number) => `${(value * 100).toFixed(0).padStart(3)}%`;
const ratio = (correct: number, total: number) => (total ? correct / total : 1);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function row(label: string, score: Score): string {
  const precision = score.found ? score.correct / score.found : score.expected ? 0 : 1;
  const recall = score.expected ? score.correct / score.expected : 1;
  return `  ${label.padEnd(13)} P ${percent(precision)}  R ${percent(recall)}   (${score.correct} correct of ${score.found} found, ${score.expected} expected)`;
}

interface GroupResult {
  lines: string[];
  summary: string[];
  medians: number[];
  /** Why its facts were missed, counted by class (`miss-classes.ts`). */
  missClasses: MissClasses;
  /** Each text's lines, by name: the two readings of a text are compared by them. */
  texts: Map<string, string[]>;
}

type BenchFixture = Omit<ReaderFixture, "group">;

// Each knowledge merged once (a handful of knowledge objects serve every fixture), so that the reader's caches per
// knowledge hold across texts as they do for the fixture knowledge; each fixture's twin made once, so that its time
// is measured once.
const mergedKnowledge = new WeakMap<ReaderKnowledge, ReaderKnowledge>();
const twins = new WeakMap<BenchFixture, BenchFixture>();
/** The fixture read against its knowledge merged with the reference data. */
function withTheReferenceData(fixture: BenchFixture): BenchFixture {
  let twin = twins.get(fixture);
  if (twin) return twin;
  let knowledge = mergedKnowledge.get(fixture.knowledge);
  if (!knowledge) {
    knowledge = withReferenceData(fixture.knowledge, referenceData);
    mergedKnowledge.set(fixture.knowledge, knowledge);
  }
  twin = { ...fixture, knowledge };
  twins.set(fixture, twin);
  return twin;
}

// A text's median time, measured once: the summaries that count a text again (a batch without its seen texts, the
// totals) reuse it.
const timed = new WeakMap<object, number>();
function timePerText(fixture: BenchFixture, runs = RUNS, warmUp = WARM_UP): number {
  const known = timed.get(fixture);
  if (known !== undefined) return known;
  for (let i = 0; i < warmUp; i++) readPressRelease(fixture.text, fixture.knowledge);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    readPressRelease(fixture.text, fixture.knowledge);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  timed.set(fixture, ms);
  return ms;
}

function benchGroup(
  title: string,
  fixtures: readonly BenchFixture[],
  timing: { runs: number; warmUp: number } = { runs: RUNS, warmUp: WARM_UP },
): GroupResult {
  const totals = Object.fromEntries(
    FACT_KINDS.map((kind) => [kind, { expected: 0, found: 0, correct: 0 }]),
  ) as Record<FactKind, Score>;
  const medians: number[] = [];
  const missClasses: MissClasses = new Map();
  const texts = new Map<string, string[]>();
  const lines: string[] = [`=== ${title} ===`, ""];
  let chairTexts = 0;
  let chairRight = 0;
  let handoverTexts = 0;
  let handoverRight = 0;
  let throws = 0;

  for (const fixture of fixtures) {
    // Co-chairs of one meeting are all its chairs: a text is right when it names each of them and no one else.
    const expectedChairs = fixture.expected.participants.filter(
      (participant) => participant.role === "chair",
    );
    if (expectedChairs.length) chairTexts++;
    if (fixture.expected.chairmanships.length) handoverTexts++;
    let proposal;
    const first = performance.now();
    try {
      proposal = readPressRelease(fixture.text, fixture.knowledge);
    } catch (error) {
      throws++;
      lines.push(`${fixture.name}: THROWS ${(error as Error).message}`, "");
      texts.set(fixture.name, [`${fixture.name}: THROWS ${(error as Error).message}`]);
      for (const kind of FACT_KINDS) {
        const keys = evaluateProposal(emptyProposal(), fixture.expected)[kind];
        totals[kind].expected += keys.expected;
      }
      continue;
    }
    const firstMs = performance.now() - first;
    const ms = timePerText(fixture, timing.runs, timing.warmUp);
    medians.push(ms);
    const evaluation: Evaluation = evaluateProposal(proposal, fixture.expected);
    classifyMisses(missClasses, proposal, fixture.expected, evaluation, fixture.knowledge, fixture.text);
    if (expectedChairs.length) {
      const keys = expectedChairs.map((chair) => `${chair.person} | chair | ${chair.mode}`);
      const chairs = proposal.participants.filter((participant) => participant.role.value === "chair");
      if (
        chairs.length === expectedChairs.length &&
        !keys.some((key) => evaluation.roles.missed.includes(key))
      )
        chairRight++;
    }
    if (fixture.expected.chairmanships.length && evaluation.chairmanship.missed.length === 0) handoverRight++;
    lines.push(
      `${fixture.name}: ${fixture.text.length} characters, ${ms.toFixed(1)} ms per text (median of ${timing.runs}; first run ${firstMs.toFixed(0)} ms)`,
    );
    const facts: string[] = [];
    for (const kind of FACT_KINDS) {
      const score = evaluation[kind];
      facts.push(row(kind, score));
      // A sealed text's misses name its facts: printed only when asked, so that reading the totals spoils nothing.
      if (!UNSEEN.has(fixture.name) || SEALED_DETAILS) {
        for (const missed of score.missed) facts.push(`      missed: ${missed}`);
        for (const extra of score.extra) facts.push(`      extra:  ${extra}`);
      }
      totals[kind].expected += score.expected;
      totals[kind].found += score.found;
      totals[kind].correct += score.correct;
    }
    lines.push(...facts, "");
    texts.set(fixture.name, [`${fixture.name}`, ...facts]);
  }
  lines.push(
    `${title} — total over ${fixtures.length} texts: ${medians.length ? median(medians).toFixed(1) : "-"} ms per text (median), slowest ${medians.length ? Math.max(...medians).toFixed(1) : "-"} ms`,
  );
  for (const kind of FACT_KINDS) lines.push(row(kind, totals[kind]));
  lines.push("");
  const p = totals.participants;
  const summary = [
    `${title.padEnd(22)} participants ${percent(ratio(p.correct, p.expected))} (precision ${percent(ratio(p.correct, p.found))})`,
    `categories ${percent(ratio(totals.categories.correct, totals.categories.expected))}`,
    `documents ${percent(ratio(totals.documents.correct, totals.documents.expected))} (precision ${percent(ratio(totals.documents.correct, totals.documents.found))})`,
    `tallies ${percent(ratio(totals.tallies.correct, totals.tallies.expected))}`,
    `chair ${chairRight}/${chairTexts}`,
    `handover ${handoverRight}/${handoverTexts}`,
    `throws ${throws}`,
  ];
  return { lines, summary: [summary.join(" · ")], medians, missClasses, texts };
}

function emptyProposal() {
  return {
    body: null,
    startDate: null,
    endDate: null,
    publicationDate: null,
    attendanceMode: { value: "in_person", evidence: { start: 0, end: 0 }, confidence: 0 },
    participants: [],
    documents: [],
    tallies: [],
    chairmanships: [],
  } as unknown as Parameters<typeof evaluateProposal>[0];
}

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];

/** A group read twice: against the fixtures' knowledge, and against it merged with the reference data. */
interface TwoReadings {
  present: GroupResult;
  withReference: GroupResult;
}

function benchTwice(title: string, fixtures: readonly BenchFixture[]): TwoReadings {
  return {
    present: benchGroup(title, fixtures),
    withReference: benchGroup(WITH_REFERENCE, fixtures.map(withTheReferenceData), {
      runs: RUNS_WITH_REFERENCE,
      warmUp: WARM_UP_WITH_REFERENCE,
    }),
  };
}

/** The texts whose facts the reference data changes, with their facts as read with it. */
function readOtherwise(readings: TwoReadings): string[] {
  const lines: string[] = [];
  for (const [name, present] of readings.present.texts) {
    const [, ...facts] = readings.withReference.texts.get(name) ?? [];
    const [, ...before] = present;
    if (facts.join("\n") !== before.join("\n")) lines.push(`${name}:`, ...facts, "");
  }
  return lines;
}

it("benchmarks the press-release reader", () => {
  // Open groups in the order of FIXTURE_GROUPS; then the sealed batches, unless READER_BENCH_OPEN_ONLY is set
  // (for whoever changes the reader: the open figures and their summary without a line of the sealed ones).
  const openGroups = Object.keys(FIXTURE_GROUPS) as FixtureGroup[];
  const sealedBatches = process.env.READER_BENCH_OPEN_ONLY
    ? []
    : [...new Set(sealedReaderFixtures.map((fixture) => fixture.batch))].sort((a, b) => a - b);
  // The sealed texts opened whole as development texts were read and tuned on: they are scored, text by text, as a
  // group of their own, with READER_BENCH_OPEN_ONLY too.
  const developmentTexts = sealedReaderFixtures.filter(
    (fixture) => fixture.openTwin === OPENED_AS_DEVELOPMENT_TEXT,
  );
  const groups = [
    ...openGroups.map((group) =>
      benchTwice(
        `${group} fixtures`,
        readerFixtures.filter((fixture) => fixture.group === group),
      ),
    ),
    ...(developmentTexts.length > 0 ? [benchTwice("development texts", developmentTexts)] : []),
    ...sealedBatches.map((batch) =>
      benchTwice(
        batch === 1 ? "sealed fixtures" : `sealed, ${ORDINALS[batch - 1] ?? `#${batch}`} batch`,
        sealedReaderFixtures.filter((fixture) => fixture.batch === batch),
      ),
    ),
  ];
  const lines = ["", "Press-release reader — precision (P) and recall (R) per kind of fact", ""];
  for (const group of groups) lines.push(...group.present.lines);
  // What the reference data changes, text by text: the facts of each text read otherwise with it.
  lines.push("=== read otherwise with the reference data ===", "");
  for (const group of groups) lines.push(...readOtherwise(group));
  lines.push("Summary (recall; chair and handover: texts with every expected fact right)");
  for (const group of groups) lines.push(...group.present.summary, ...group.withReference.summary);
  // A sealed text whose summit an open fixture covers too (written later, and tuned on) is no longer unseen: each
  // batch holding one is summarised again without it.
  for (const batch of sealedBatches) {
    const fixtures = sealedReaderFixtures.filter((fixture) => fixture.batch === batch);
    const twins = fixtures.filter((fixture) => fixture.openTwin);
    if (twins.length === 0) continue;
    if (twins.length === fixtures.length) {
      lines.push(`sealed ${batch}, unseen only  none: every text of the batch has been seen`);
      continue;
    }
    const clean = benchTwice(
      `sealed ${batch}, unseen only`,
      fixtures.filter((fixture) => !fixture.openTwin),
    );
    const without = ` (without ${twins.map((twin) => twin.name).join(", ")})`;
    lines.push(...clean.present.summary.map((line) => `${line}${without}`), ...clean.withReference.summary);
  }
  // The totals over every open fixture and over every sealed text never tuned on: the second is the widest estimate
  // of the reader on unseen releases (the newest batch alone is the freshest, but it is only a few texts).
  const allOpen = benchTwice("all open", readerFixtures);
  lines.push(...allOpen.present.summary, ...allOpen.withReference.summary);
  const allUnseen =
    sealedBatches.length > 0
      ? benchTwice(
          "all sealed, unseen",
          sealedReaderFixtures.filter((fixture) => !fixture.openTwin),
        )
      : null;
  if (allUnseen) lines.push(...allUnseen.present.summary, ...allUnseen.withReference.summary);
  // Why the facts of the totals were missed, by class and in counts only, so that the sealed texts say what kind of
  // failure dominates on unseen text without showing a word of it.
  lines.push("", ...missClassLines("all open", allOpen.present.missClasses));
  if (allUnseen) lines.push(...missClassLines("all sealed, unseen", allUnseen.present.missClasses));
  lines.push("", ...missClassLines("all open, with the reference data", allOpen.withReference.missClasses));
  if (allUnseen)
    lines.push(
      ...missClassLines("all sealed, unseen, with the reference data", allUnseen.withReference.missClasses),
    );
  const all = groups.flatMap((group) => group.present.medians);
  const allWithReference = groups.flatMap((group) => group.withReference.medians);
  lines.push(
    `Time: ${median(all).toFixed(1)} ms per text (median), slowest ${Math.max(...all).toFixed(1)} ms`,
    `Time with the reference data: ${median(allWithReference).toFixed(1)} ms per text (median of ${RUNS_WITH_REFERENCE} runs each), slowest ${Math.max(...allWithReference).toFixed(1)} ms`,
    "",
  );
  console.log(lines.join("\n"));
  expect(all.length).toBeGreaterThan(0);
});
