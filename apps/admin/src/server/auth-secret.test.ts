import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authSecretWeakness, resolveAuthSecret } from "./auth-secret";

const strong = "hM3v_9QeZ2tKp8WxL5rYc7NbF4jDg6Sa1Uo0Ti-EwRq";
const adminDir = path.resolve(import.meta.dirname, "../..");

describe("the admin's auth secret", () => {
  it("accepts a long random secret and refuses short, repetitive or published ones", () => {
    expect(authSecretWeakness(strong)).toBeNull();
    expect(authSecretWeakness("short-but-random-Xy7")).toMatch(/at least 32/);
    expect(authSecretWeakness("a".repeat(64))).toMatch(/repeats/);
    expect(authSecretWeakness("abababababababababababababababab")).toMatch(/repeats/);
    expect(authSecretWeakness("plenary-development-secret-not-for-production-use")).toMatch(/published/);
  });

  it("requires a secret in production, and makes up a random one per process elsewhere", () => {
    expect(resolveAuthSecret(strong, "production")).toBe(strong);
    expect(() => resolveAuthSecret(undefined, "production")).toThrow(/Set BETTER_AUTH_SECRET/);
    expect(() => resolveAuthSecret("a".repeat(40), "development")).toThrow(/too weak/);
    const made = resolveAuthSecret(undefined, "development");
    expect(authSecretWeakness(made)).toBeNull();
    // The same for the whole process (every part of the app must sign with one key), and not in the source code.
    expect(resolveAuthSecret(undefined, "test")).toBe(made);
  });

  it.each([
    ["without a secret", undefined, /Set BETTER_AUTH_SECRET/],
    ["with a weak secret", "x".repeat(48), /too weak/],
  ])(
    "keeps the admin's server from starting in production %s",
    (_label, secret, message) => {
      const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: "1" };
      delete env.BETTER_AUTH_SECRET;
      if (secret) env.BETTER_AUTH_SECRET = secret;
      const run = spawnSync(path.join(adminDir, "node_modules/.bin/tsx"), ["server.ts"], {
        cwd: adminDir,
        env,
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
    },
    60_000,
  );
});
