/** Longer return addresses are refused: no page of ours needs one, and a long one is likely an attack. */
const MAX_LENGTH = 2048;
/**
 * Never in any form of the value: control characters (browsers drop tabs and newlines, so "/\t/host" is "//host")
 * and the backslash (read as "/"). Spaces only once decoded (a query's "%20"), never as sent.
 */
function hasForbiddenCharacter(form: string): boolean {
  for (const char of form) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || char === "\\") return true;
  }
  return false;
}
/** Any origin will do: the check is that the value cannot leave whichever one it is resolved against. */
const PROBE_ORIGIN = "https://return-path.invalid";

/**
 * The WHATWG URL parser, as every runtime this package targets has it (browsers, Node, Deno). Declared here because
 * the package compiles without DOM or Node types, to keep it free of both.
 */
declare const URL: new (input: string, base?: string) => { origin: string; pathname: string };
/** Enough rounds to see through any encoding a server or browser on the way might undo. */
const DECODE_ROUNDS = 4;

/**
 * A return address (a sign-in page's `next`, a "back to the page" link) when it can only be a path on this site;
 * else `fallback`. Accepted: a single leading "/", no control character, backslash or space, no "//" anywhere, and
 * the same (spaces allowed) once percent-decoded (several times over: a server on the way may decode it again). Everything else —
 * "//host", "/\\host", "https:host", tabs and newlines a browser would drop, "%2f%2fhost", encodings that do not
 * decode — falls back. Whatever is accepted resolves, by the WHATWG URL parser, to the origin it is resolved
 * against.
 */
export function sameOriginPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return fallback;
  let form = value;
  for (let round = 0; ; round += 1) {
    if (!isPlainPath(form) || (round === 0 && form.includes(" "))) return fallback;
    const decoded = safeDecode(form);
    if (decoded === null) return fallback;
    if (decoded === form) break;
    // Still encoded after this many rounds: no link of ours is, so refuse rather than guess.
    if (round === DECODE_ROUNDS) return fallback;
    form = decoded;
  }
  const resolved = new URL(value, PROBE_ORIGIN);
  return resolved.origin === PROBE_ORIGIN && !resolved.pathname.startsWith("//") ? value : fallback;
}

function isPlainPath(form: string): boolean {
  return form.startsWith("/") && !hasForbiddenCharacter(form) && !form.includes("//");
}

function safeDecode(form: string): string | null {
  try {
    return decodeURIComponent(form);
  } catch {
    return null;
  }
}
