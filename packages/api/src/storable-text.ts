// PostgreSQL cannot store the NUL character in text or jsonb (the statement fails), and the driver silently turns
// an unpaired UTF-16 surrogate into U+FFFD (what is stored is not what was sent). Neither is ever a meaningful
// part of a record, so every procedure refuses input that contains them, naming the field, before anything runs.
import { z } from "zod";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_ISSUES = 10;

function problemOf(text: string): string | null {
  if (text.includes("\u0000")) return "Text must not contain the NUL character (U+0000).";
  if (LONE_SURROGATE.test(text))
    return "Text must be valid Unicode: it contains half of a surrogate pair (a broken character).";
  return null;
}

/** Where a value sits in the input: its key and its parent's place (paths are built only for the issues). */
interface Place {
  key: string | number;
  parent: Place | null;
}

function pathOf(place: Place | null): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at = place; at; at = at.parent) path.unshift(at.key);
  return path;
}

/** The places in an input (strings and object keys, at any depth) that cannot be stored, as zod issues. */
export function unstorableTextIssues(input: unknown): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  // Iterative and linear in the input's size, so that deeply nested input cannot exhaust the stack or the CPU
  // here; each object once, since superjson keeps shared references and a small payload can be a graph whose
  // tree is huge.
  const seen = new Set<object>();
  const pending: { value: unknown; place: Place | null }[] = [{ value: input, place: null }];
  while (pending.length && issues.length < MAX_ISSUES) {
    const { value, place } = pending.pop()!;
    if (typeof value === "string") {
      const message = problemOf(value);
      if (message) issues.push({ code: "custom", path: pathOf(place), message, input: value });
      continue;
    }
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, place: { key: index, parent: place } }));
    } else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
      for (const [key, item] of Object.entries(value)) {
        const at = { key, parent: place };
        const message = problemOf(key);
        if (message) issues.push({ code: "custom", path: pathOf(at), message, input: key });
        pending.push({ value: item, place: at });
      }
    }
  }
  return issues;
}

/** Throws a ZodError (a BAD_REQUEST naming the fields) when the input holds text that cannot be stored. */
export function assertStorableText(input: unknown): void {
  const issues = unstorableTextIssues(input);
  if (issues.length) throw new z.ZodError(issues);
}
