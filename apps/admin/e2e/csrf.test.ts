import { appRouter } from "@plenary/api";
import { beforeAll, describe, expect, it } from "vitest";
import { adminUrl } from "../../../tooling/testing/apps";
import { createUserWithCli, newTestUser } from "../../../tooling/testing/users";

/** Every mutation of the api: procedures added later are covered by the same loop. */
const MUTATIONS = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
)
  .filter(([, procedure]) => procedure._def.type === "mutation")
  .map(([path]) => `/api/trpc/${path}`);

/** better-auth's endpoints that change something (sign-in included: login CSRF). */
const AUTH_WRITES = [
  "/sign-in/email",
  "/sign-out",
  "/change-password",
  "/revoke-sessions",
  "/revoke-other-sessions",
  "/update-user",
  "/two-factor/enable",
  "/two-factor/disable",
  "/two-factor/verify-totp",
  "/two-factor/verify-backup-code",
  "/two-factor/generate-backup-codes",
].map((path) => `/api/auth${path}`);

/** What another site can make a signed-in editor's browser send, and what a script without a browser sends. */
const FORGERIES: { label: string; origin: string | null; contentType: string; body: string }[] = [
  {
    label: "cross-site Origin, JSON",
    origin: "https://attacker.example",
    contentType: "application/json",
    body: "{}",
  },
  { label: "Origin: null (sandboxed frame)", origin: "null", contentType: "application/json", body: "{}" },
  { label: "no Origin, session cookie", origin: null, contentType: "application/json", body: "{}" },
  {
    label: "cross-site text/plain form",
    origin: "https://attacker.example",
    contentType: "text/plain",
    body: '{"json":{}}=',
  },
  {
    label: "cross-site urlencoded form",
    origin: "https://attacker.example",
    contentType: "application/x-www-form-urlencoded",
    body: "json=%7B%7D",
  },
  { label: "look-alike Origin", origin: "", contentType: "application/json", body: "{}" },
];

describe("cross-site request forgery, every write endpoint", () => {
  let cookie = "";

  beforeAll(async () => {
    const admin = newTestUser("admin", "CSRF Admin");
    await createUserWithCli(admin);
    const response = await fetch(`${adminUrl()}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { origin: adminUrl(), "content-type": "application/json", "x-forwarded-for": "192.0.2.77" },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    expect(response.status).toBe(200);
    cookie = response.headers
      .getSetCookie()
      .map((value) => value.split(";")[0]!)
      .join("; ");
  });

  it("refuses every forged write to the api and to better-auth, with the victim's session cookie", async () => {
    const endpoints = [...MUTATIONS, ...AUTH_WRITES];
    const accepted: string[] = [];
    for (const endpoint of endpoints) {
      for (const forgery of FORGERIES) {
        const origin = forgery.origin === "" ? `${adminUrl()}.attacker.example` : forgery.origin;
        const response = await fetch(`${adminUrl()}${endpoint}`, {
          method: "POST",
          headers: { cookie, "content-type": forgery.contentType, ...(origin === null ? {} : { origin }) },
          body: forgery.body,
          redirect: "manual",
        });
        await response.arrayBuffer();
        if (response.status !== 403) accepted.push(`${endpoint} (${forgery.label}): ${response.status}`);
      }
    }
    console.log(
      `CSRF matrix: ${endpoints.length} endpoints × ${FORGERIES.length} forgeries = ${endpoints.length * FORGERIES.length} requests, ${accepted.length} not refused`,
    );
    expect(accepted).toEqual([]);
    // The session survived it all (no forged sign-out got through), and is good for a request from the admin.
    const me = await fetch(`${adminUrl()}/api/trpc/user.me`, { headers: { cookie } });
    expect(me.status).toBe(200);
  });
});
