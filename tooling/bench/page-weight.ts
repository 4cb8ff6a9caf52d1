// `pnpm bench:weight`: what the public pages ship besides their content, on its own (`pnpm bench` needs the whole
// archive and an idle machine; these figures are sizes, not timings, so any load will do). For the home page, the
// meeting page and the first person, country and document it links to:
//   - client JavaScript: the build's script files the page loads, gzipped (P4: ÷ an empty App Router page's, the
//     framework and router files every App Router page loads, build-manifest.json's rootMainFiles); checked
//     against the scripts Chromium actually requests when it opens the page;
//   - HTML: its bytes (and gzipped), of them the inline React Server Components payload, against the text a
//     reader can read on the page (the body's text outside scripts, UTF-8).
// Needs a production build of apps/web (pnpm --filter @plenary/web build). Works on whatever the database holds
// (DATABASE_URL, else the embedded one, with the sample data on a first run). BENCH_MEETING: a meeting's slug
// (default the published meeting with the most participants).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { openDatabase } from "../front/database";
import { launchBrowser } from "../testing/browser";
import { freePort, startNext, stopServer, waitUntilServing } from "../testing/next-server";
import { clientScripts, emptyPageScripts, gzippedSize, rscPayloadSize, webDir } from "./client-js";
import { linkedPage, meetingSlug } from "./pages";
import { format, printTable } from "./table";

const kb = (bytes: number) => `${format(bytes / 1024, 1)} KB`;

async function html(url: string): Promise<string> {
  const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** The build's script files Chromium requests while it opens the page (until the network is idle). */
async function scriptsLoaded(page: Page, url: string): Promise<Set<string>> {
  const files = new Set<string>();
  const record = (request: { resourceType(): string; url(): string }) => {
    const file = /^\/_next\/(static\/.+\.js)$/.exec(new URL(request.url()).pathname)?.[1];
    if (request.resourceType() === "script" && file) files.add(file);
  };
  page.on("request", record);
  await page.goto(url, { waitUntil: "networkidle" });
  page.off("request", record);
  return files;
}

/**
 * The text a reader can read on the page, UTF-8: the body's text outside scripts and styles (a closed `<details>`,
 * such as a source's archived text, included), runs of white space as one. Runs in the browser.
 */
function readableText(): string {
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const element of body.querySelectorAll("script, style, template")) element.remove();
  return (body.textContent ?? "").replace(/\s+/g, " ").trim();
}

async function main() {
  if (!fs.existsSync(path.join(webDir, ".next/BUILD_ID"))) {
    throw new Error("No production build of apps/web: run pnpm --filter @plenary/web build first.");
  }
  const database = await openDatabase();
  const exportsDir = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-weight-exports-"));
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const web = startNext(webDir, port, {
    DATABASE_URL: database.url,
    PLENARY_EXPORTS_ON_START: "0",
    PLENARY_EXPORTS_DIR: exportsDir,
  });
  const browser = await launchBrowser();
  try {
    await waitUntilServing("apps/web", web, `${site}/api/health`);
    const meeting = `/en/meetings/${await meetingSlug(database.url)}`;
    const meetingHtml = await html(`${site}${meeting}`);
    const pages: Record<string, string> = {
      home: "/en",
      meeting,
      person: linkedPage(meetingHtml, "people"),
      country: linkedPage(meetingHtml, "countries"),
      document: linkedPage(meetingHtml, "documents"),
    };

    const emptyJs = gzippedSize(emptyPageScripts());
    // The build's own page with nothing of ours on the client: the global not-found page (app/not-found.tsx).
    const notFound = clientScripts(
      fs.readFileSync(path.join(webDir, ".next/server/app/_not-found.html"), "utf8"),
    );
    const rows = [
      [
        "empty App Router page (rootMainFiles)",
        `${kb(emptyJs)} in ${emptyPageScripts().length} files`,
        "1.00",
        "",
        "",
        "",
        "",
      ],
      [
        "the build's global not-found page",
        `${kb(gzippedSize(notFound))} in ${notFound.size} files`,
        format(gzippedSize(notFound) / emptyJs, 2),
        "",
        "",
        "",
        "",
      ],
    ];
    const page = await browser.newPage();
    for (const [kind, pathname] of Object.entries(pages)) {
      const text = await html(`${site}${pathname}`);
      const scripts = clientScripts(text);
      const loaded = await scriptsLoaded(page, `${site}${pathname}`);
      const differ = [...scripts]
        .filter((f) => !loaded.has(f))
        .concat([...loaded].filter((f) => !scripts.has(f)));
      if (differ.length) {
        throw new Error(
          `${pathname}: the HTML's scripts and those Chromium loaded differ: ${differ.join(", ")}`,
        );
      }
      const visible = Buffer.byteLength(await page.evaluate(readableText));
      const payload = rscPayloadSize(text);
      const js = gzippedSize(scripts);
      rows.push([
        `${kind} (${pathname.length > 40 ? `${pathname.slice(0, 39)}…` : pathname})`,
        `${kb(js)} in ${scripts.size} files`,
        format(js / emptyJs, 2),
        `${kb(Buffer.byteLength(text))} (${kb(gzipSync(text).length)} gzipped)`,
        kb(payload),
        kb(visible),
        format(payload / visible, 2),
      ]);
    }
    const [load1, load5] = os.loadavg();
    console.log(
      `\n${os.cpus().length} × ${os.cpus()[0]?.model}, load average ${format(load1!, 2)} / ${format(load5!, 2)}` +
        ` (1 / 5 min); sizes do not depend on it\n`,
    );
    printTable(
      [
        "page",
        "client JS (gzipped)",
        "÷ empty page (P4 ≤ 1.1)",
        "HTML",
        "RSC payload in it",
        "readable text",
        "payload ÷ text",
      ],
      rows,
    );
  } finally {
    await browser.close();
    await stopServer(web);
    fs.rmSync(exportsDir, { recursive: true, force: true });
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
