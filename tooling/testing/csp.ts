import { expect } from "vitest";

/** A Content-Security-Policy as directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * What this project requires of every policy it serves: no eval, no wildcard or whole-scheme script sources, no
 * plugins, no <base>, forms only to itself, no framing.
 */
export function expectStrictPolicy(policy: string): Map<string, string[]> {
  const directives = parsePolicy(policy);
  const all = [...directives.values()].flat();
  expect(all).not.toContain("'unsafe-eval'");
  expect(all.filter((source) => source.includes("*"))).toEqual([]);
  const scripts = directives.get("script-src") ?? directives.get("default-src") ?? [];
  expect(scripts.filter((source) => /^[a-z][a-z0-9+.-]*:$/.test(source))).toEqual([]);
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("form-action")).toEqual(["'self'"]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  return directives;
}

/** The headers every response of both apps carries besides the policy. */
export function expectHardeningHeaders(headers: Record<string, string | undefined>): void {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toMatch(/^(same-origin|strict-origin-when-cross-origin|no-referrer)$/);
  expect(headers["permissions-policy"]).toContain("camera=()");
}
