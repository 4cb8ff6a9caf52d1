// Preview links: a short-lived capability, signed by the admin's api and checked by the public site's, to read one
// draft as its public page will show it. Pure functions over an explicit secret and clock, so they test directly.
import { createHmac, timingSafeEqual } from "node:crypto";
import { Id } from "@plenary/domain";
import { z } from "zod";
import { apiSettings } from "./env";

/** Long enough to open the link and read the page; short enough that a forwarded link soon stops working. */
export const PREVIEW_TOKEN_LIFETIME_MS = 10 * 60 * 1000;

/** The kinds of record a preview link can name. */
export const PreviewEntityType = z.enum(["meeting"]);
export type PreviewEntityType = z.infer<typeof PreviewEntityType>;

/** What a valid token grants: reading this record until `expiresAt`. */
export interface PreviewClaims {
  entityType: PreviewEntityType;
  id: string;
  expiresAt: Date;
}

const Payload = z.strictObject({ v: z.literal(1), t: PreviewEntityType, id: Id, exp: z.int().positive() });

// The shared secret already authenticates POST /api/revalidate. A key derived from it under its own label means no
// second secret to configure, while a preview token can never serve as a revalidation credential (or the reverse).
const KEY_LABEL = "plenary preview token v1";

function keyFrom(secret: string): Buffer {
  return createHmac("sha256", secret).update(KEY_LABEL).digest();
}

function mac(secret: string, payload: string): string {
  return createHmac("sha256", keyFrom(secret)).update(payload).digest("base64url");
}

/** `<payload>.<signature>`, both base64url: the payload names the record and the expiry; the signature covers it. */
export function signPreviewToken(
  secret: string,
  { entityType, id }: { entityType: PreviewEntityType; id: string },
  now: Date = new Date(),
  lifetimeMs: number = PREVIEW_TOKEN_LIFETIME_MS,
): { token: string; expiresAt: Date } {
  const exp = Math.floor((now.getTime() + lifetimeMs) / 1000);
  const payload = Buffer.from(JSON.stringify(Payload.parse({ v: 1, t: entityType, id, exp }))).toString(
    "base64url",
  );
  return { token: `${payload}.${mac(secret, payload)}`, expiresAt: new Date(exp * 1000) };
}

/**
 * The claims of a token this secret signed and that has not expired; null for anything else (malformed, signed with
 * another secret, altered, expired). Says nothing about why, on purpose: a refused link is refused.
 */
export function verifyPreviewToken(
  secret: string,
  token: string,
  now: Date = new Date(),
): PreviewClaims | null {
  const parts = token.split(".");
  if (parts.length !== 2) return null;
  const [payload, signature] = parts as [string, string];
  // Compared as text, not decoded bytes: base64url decoding ignores stray characters, so two spellings could decode
  // to one signature.
  const given = Buffer.from(signature);
  const expected = Buffer.from(mac(secret, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = Payload.safeParse(json);
  if (!parsed.success || parsed.data.exp * 1000 <= now.getTime()) return null;
  return { entityType: parsed.data.t, id: parsed.data.id, expiresAt: new Date(parsed.data.exp * 1000) };
}

/** The settings previews need (from env.ts), each null when unset or invalid. */
export function previewSettings(environment: Record<string, string | undefined> = process.env): {
  secret: string | null;
  webUrl: string | null;
} {
  const { sharedSecret, webUrl } = apiSettings(environment);
  return { secret: sharedSecret, webUrl };
}
