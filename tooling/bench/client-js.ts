// What a page costs the browser beyond its content, read from the HTML the site sent and the build's files: the
// client JavaScript it loads (P4, against an empty App Router page's) and the React Server Components payload
// Next writes into the page (inline `self.__next_f.push(…)` scripts).
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const webDir = path.resolve(import.meta.dirname, "../../apps/web");

/**
 * The build files (`static/…js` under apps/web/.next) a page's HTML loads with `<script src>`. Not the `noModule`
 * one: Next's polyfills for browsers without ES modules, which every browser that has them (all since 2018) skips
 * without downloading; build-manifest.json keeps them apart from the framework files for that reason
 * (`polyfillFiles`).
 */
export function clientScripts(html: string): Set<string> {
  const files = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="\/_next\/(static\/[^"]+\.js)"/.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) files.add(src);
  }
  return files;
}

/** The files every App Router page loads: the framework and the router (build-manifest.json's rootMainFiles). */
export function emptyPageScripts(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(webDir, ".next/build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  return manifest.rootMainFiles;
}

/** Gzipped bytes of build files under apps/web/.next. */
export function gzippedSize(files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += gzipSync(fs.readFileSync(path.join(webDir, ".next", file))).length;
  return total;
}

/** Bytes, as sent, of the inline scripts that carry the page's React Server Components payload. */
export function rscPayloadSize(html: string): number {
  let total = 0;
  for (const [script] of html.matchAll(/<script>\(?self\.__next_f[\s\S]*?<\/script>/g)) {
    total += Buffer.byteLength(script);
  }
  return total;
}
