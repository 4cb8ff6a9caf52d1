import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  PREVIEW_TOKEN_LIFETIME_MS,
  previewSettings,
  signPreviewToken,
  verifyPreviewToken,
} from "./preview-token";

const SECRET = "a shared secret of some length";
const MEETING = { entityType: "meeting" as const, id: "mabcdefgh1" };
const NOW = new Date("2026-11-29T20:00:00Z");

describe("preview tokens", () => {
  it("verify with the secret that signed them, naming the record and the expiry", () => {
    const { token, expiresAt } = signPreviewToken(SECRET, MEETING, NOW);
    expect(expiresAt.getTime()).toBe(NOW.getTime() + PREVIEW_TOKEN_LIFETIME_MS);
    expect(verifyPreviewToken(SECRET, token, NOW)).toEqual({ ...MEETING, expiresAt });
  });

  it("expire after about ten minutes", () => {
    const { token } = signPreviewToken(SECRET, MEETING, NOW);
    expect(verifyPreviewToken(SECRET, token, new Date(NOW.getTime() + 9 * 60_000))).not.toBeNull();
    expect(verifyPreviewToken(SECRET, token, new Date(NOW.getTime() + PREVIEW_TOKEN_LIFETIME_MS))).toBeNull();
    expect(verifyPreviewToken(SECRET, token, new Date(NOW.getTime() + 60 * 60_000))).toBeNull();
  });

  it("refuse a token signed with another secret", () => {
    const { token } = signPreviewToken("another secret, also long", MEETING, NOW);
    expect(verifyPreviewToken(SECRET, token, NOW)).toBeNull();
  });

  it("refuse a payload changed to name another record or a later expiry", () => {
    const { token } = signPreviewToken(SECRET, MEETING, NOW);
    const [payload, signature] = token.split(".") as [string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
    const altered = (change: Record<string, unknown>) =>
      `${Buffer.from(JSON.stringify({ ...claims, ...change })).toString("base64url")}.${signature}`;
    expect(verifyPreviewToken(SECRET, altered({ id: "motherone1" }), NOW)).toBeNull();
    expect(verifyPreviewToken(SECRET, altered({ exp: (claims.exp as number) + 3600 }), NOW)).toBeNull();
    // The same payload, unchanged, still verifies: the refusals above are about the change.
    expect(verifyPreviewToken(SECRET, altered({}), NOW)).not.toBeNull();
  });

  it("refuse a token signed with the raw shared secret rather than the preview key derived from it", () => {
    const payload = Buffer.from(
      JSON.stringify({ v: 1, t: "meeting", id: MEETING.id, exp: NOW.getTime() / 1000 + 600 }),
    ).toString("base64url");
    const rawSignature = createHmac("sha256", SECRET).update(payload).digest("base64url");
    expect(verifyPreviewToken(SECRET, `${payload}.${rawSignature}`, NOW)).toBeNull();
  });

  it("refuse malformed tokens and altered signatures", () => {
    const { token } = signPreviewToken(SECRET, MEETING, NOW);
    const [payload, signature] = token.split(".") as [string, string];
    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    for (const bad of [
      "",
      ".",
      "x",
      payload,
      `${payload}.`,
      `${payload}.${flipped}`,
      `${payload}.${signature}x`,
      `${token}.${signature}`,
      `.${signature}`,
    ]) {
      expect(verifyPreviewToken(SECRET, bad, NOW), bad).toBeNull();
    }
  });

  it("refuse a correctly signed payload of the wrong shape", () => {
    const sign = (claims: unknown) => {
      const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
      const key = createHmac("sha256", SECRET).update("plenary preview token v1").digest();
      return `${payload}.${createHmac("sha256", key).update(payload).digest("base64url")}`;
    };
    const exp = NOW.getTime() / 1000 + 600;
    // The helper signs as the module does: a well-formed payload passes, so the refusals below are about shape.
    expect(verifyPreviewToken(SECRET, sign({ v: 1, t: "meeting", id: MEETING.id, exp }), NOW)).not.toBeNull();
    expect(verifyPreviewToken(SECRET, sign({ v: 2, t: "meeting", id: MEETING.id, exp }), NOW)).toBeNull();
    expect(verifyPreviewToken(SECRET, sign({ v: 1, t: "person", id: MEETING.id, exp }), NOW)).toBeNull();
    expect(verifyPreviewToken(SECRET, sign({ v: 1, t: "meeting", id: "../../etc", exp }), NOW)).toBeNull();
    expect(verifyPreviewToken(SECRET, sign({ v: 1, t: "meeting", id: MEETING.id }), NOW)).toBeNull();
    expect(
      verifyPreviewToken(SECRET, sign({ v: 1, t: "meeting", id: MEETING.id, exp, admin: true }), NOW),
    ).toBeNull();
  });
});

describe("preview settings", () => {
  it("need the site's address and a shared secret of 16 characters or more", () => {
    expect(
      previewSettings({ PLENARY_WEB_URL: "http://localhost:3000", PLENARY_REVALIDATE_SECRET: SECRET }),
    ).toEqual({
      webUrl: "http://localhost:3000",
      secret: SECRET,
    });
    expect(previewSettings({})).toEqual({ webUrl: null, secret: null });
    expect(previewSettings({ PLENARY_WEB_URL: "not a url", PLENARY_REVALIDATE_SECRET: "short" })).toEqual({
      webUrl: null,
      secret: null,
    });
  });
});
