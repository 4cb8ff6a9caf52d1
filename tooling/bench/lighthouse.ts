// Lighthouse 12.2.3 (the version that runs on Node 20) with the machine's Chromium: performance, accessibility,
// best practices, SEO and cumulative layout shift of each page, mobile (Lighthouse's default: a mid-range phone, throttled) and desktop,
// the median of BENCH_LIGHTHOUSE_RUNS runs each, with Lighthouse's benchmarkIndex (how fast it found this machine).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 5);
const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
const LIGHTHOUSE = path.join(import.meta.dirname, "node_modules/.bin/lighthouse");

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  benchmarkIndex: number;
}

interface Report {
  categories: Record<"performance" | "accessibility" | "best-practices" | "seo", { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  environment: { benchmarkIndex: number };
  runtimeError?: { message: string };
}

/** A run that fails to record its trace (NO_NAVSTART on a busy machine) is tried again, twice at most. */
async function run(url: string, formFactor: "mobile" | "desktop", attempt = 1): Promise<Run> {
  try {
    return await runOnce(url, formFactor);
  } catch (error) {
    if (attempt >= 3) throw error;
    console.error(`Lighthouse ${formFactor} ${url}: ${String(error).split("\n")[1] ?? error}; again`);
    return run(url, formFactor, attempt + 1);
  }
}

async function runOnce(url: string, formFactor: "mobile" | "desktop"): Promise<Run> {
  const { stdout } = await promisify(execFile)(
    LIGHTHOUSE,
    [
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox",
      ...(formFactor === "desktop" ? ["--preset=desktop"] : []),
    ],
    { env: { ...process.env, CHROME_PATH }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as Report;
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  return {
    performance: Math.round((report.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((report.categories.accessibility.score ?? 0) * 100),
    bestPractices: Math.round((report.categories["best-practices"].score ?? 0) * 100),
    seo: Math.round((report.categories.seo.score ?? 0) * 100),
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    benchmarkIndex: report.environment.benchmarkIndex,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** One table row per page and form factor. */
export async function lighthouseRows(urls: string[]): Promise<string[][]> {
  const rows: string[][] = [];
  for (const url of urls) {
    const pathname = new URL(url).pathname;
    for (const formFactor of ["mobile", "desktop"] as const) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await run(url, formFactor));
      const target = formFactor === "mobile" ? "perf ≥ 95, CLS ≤ 0.01" : "perf 100, CLS ≤ 0.01";
      rows.push([
        `LH ${formFactor} ${pathname.length > 24 ? `${pathname.slice(0, 24)}…` : pathname}`,
        `Lighthouse 12.2.3, Chromium, through the front, median of ${RUNS}`,
        `benchmarkIndex ${Math.round(median(runs.map((r) => r.benchmarkIndex)))}`,
        `perf ${median(runs.map((r) => r.performance))}, a11y ${median(runs.map((r) => r.accessibility))}, ` +
          `BP ${median(runs.map((r) => r.bestPractices))}, SEO ${median(runs.map((r) => r.seo))}, ` +
          `CLS ${median(runs.map((r) => r.cls)).toFixed(3)}`,
        `perf runs ${runs.map((r) => r.performance).join("/")}`,
        "",
        target,
      ]);
      console.error(`  ${rows.at(-1)!.join(" | ")}`);
    }
  }
  return rows;
}
