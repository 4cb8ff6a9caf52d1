/// <reference types="node" />
import { readFileSync } from "node:fs";
import { z } from "zod";
import { CliError } from "./cli-error";

export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${what} ${path} does not exist.`);
    if (code === "EISDIR") throw new CliError(`${what} ${path} is a directory; give a file.`);
    throw new CliError(`Cannot read ${what} ${path}: ${(error as Error).message}`);
  }
}

export function readJson(path: string, what: string): unknown {
  const text = readText(path, what);
  if (text.trim() === "") throw new CliError(`${what} ${path} is empty; it should hold JSON.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Parses a file's JSON with a schema; each invalid field is named with its path. */
export function parseFile<T>(schema: z.ZodType<T>, json: unknown, path: string, what: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new CliError(`${what} ${path} does not have the expected shape:\n${z.prettifyError(parsed.error)}`);
}
