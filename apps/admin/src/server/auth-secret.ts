import { randomBytes } from "node:crypto";

const MIN_LENGTH = 32;
/** A secret of 32+ characters made of a handful of distinct ones ("aaaa…", "abababab…") is not random. */
const MIN_DISTINCT_CHARACTERS = 12;
/** Secrets that have been published (in this repository's history, in better-auth's docs). */
const PUBLISHED = [
  "plenary-development-secret-not-for-production-use",
  "better-auth-secret-12345678901234567890",
];

/** Why `secret` is too weak to sign sessions and encrypt second factors, or null when it is not. */
export function authSecretWeakness(secret: string): string | null {
  if (secret.length < MIN_LENGTH)
    return `it has ${secret.length} characters; it needs at least ${MIN_LENGTH}`;
  if (PUBLISHED.includes(secret)) return "it is a published example, not a secret";
  if (new Set(secret).size < MIN_DISTINCT_CHARACTERS)
    return "it repeats a few characters instead of being random";
  return null;
}

const holder = globalThis as typeof globalThis & { plenaryDevelopmentAuthSecret?: string };

/**
 * The admin's BETTER_AUTH_SECRET. Production requires a strong one (`pnpm start` keeps one in .plenary/auth-secret);
 * elsewhere a missing one is replaced by a random one for the life of this process (sessions end on restart), so
 * no server ever signs with a secret known from the source code.
 */
export function resolveAuthSecret(configured: string | undefined, nodeEnv: string): string {
  if (configured) {
    const weakness = authSecretWeakness(configured);
    if (weakness) {
      throw new Error(
        `BETTER_AUTH_SECRET is too weak: ${weakness}. Generate one with: openssl rand -base64 32`,
      );
    }
    return configured;
  }
  if (nodeEnv === "production") {
    throw new Error(
      "Set BETTER_AUTH_SECRET (32+ random characters, e.g. openssl rand -base64 32) to run the admin in production; " +
        "pnpm start generates one.",
    );
  }
  holder.plenaryDevelopmentAuthSecret ??= randomBytes(32).toString("base64url");
  return holder.plenaryDevelopmentAuthSecret;
}
