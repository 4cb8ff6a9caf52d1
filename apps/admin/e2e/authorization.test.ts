import { appRouter } from "@plenary/api";
import { createDb } from "@plenary/db";
import { beforeAll, describe, expect, it } from "vitest";
import { adminUrl, databaseUrl } from "../../../tooling/testing/apps";
import { createUserWithCli, newTestUser } from "../../../tooling/testing/users";

const PROCEDURES = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
).map(([path, procedure]) => ({ path, type: procedure._def.type }));

/** Signs in over HTTP and gives the session cookie. */
async function sessionCookie(email: string, password: string, address: string): Promise<string> {
  const response = await fetch(`${adminUrl()}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { origin: adminUrl(), "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((value) => value.split(";")[0]!)
    .join("; ");
}

/** The status of one call of the procedure over HTTP, with no input, as the holder of `cookie`. */
async function statusOf(path: string, type: string, cookie: string): Promise<number> {
  const headers: Record<string, string> = { origin: adminUrl(), ...(cookie ? { cookie } : {}) };
  const response =
    type === "mutation"
      ? await fetch(`${adminUrl()}/api/trpc/${path}`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: "{}",
        })
      : await fetch(`${adminUrl()}/api/trpc/${path}`, { headers });
  await response.arrayBuffer();
  return response.status;
}

describe("every procedure over HTTP, for a disabled user and an expired session", () => {
  const cookies: Record<"disabled" | "expired", string> = { disabled: "", expired: "" };

  beforeAll(async () => {
    const disabled = newTestUser("admin", "Disabled Admin");
    const expired = newTestUser("admin", "Expired Admin");
    await createUserWithCli(disabled);
    await createUserWithCli(expired);
    cookies.disabled = await sessionCookie(disabled.email, disabled.password, "192.0.2.181");
    cookies.expired = await sessionCookie(expired.email, expired.password, "192.0.2.182");
    const db = createDb(databaseUrl());
    try {
      await db.user.update({ where: { email: disabled.email }, data: { disabledAt: new Date() } });
      const owner = await db.user.findUniqueOrThrow({ where: { email: expired.email } });
      await db.session.updateMany({
        where: { userId: owner.id },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
    } finally {
      await db.$disconnect();
    }
  });

  it("treats them exactly as anonymous visitors: refused everywhere but the public reads", async () => {
    const differ: string[] = [];
    let refused = 0;
    for (const { path, type } of PROCEDURES) {
      const anonymous = await statusOf(path, type, "");
      if (anonymous === 401) refused += 1;
      for (const who of ["disabled", "expired"] as const) {
        const status = await statusOf(path, type, cookies[who]);
        if (status !== anonymous) differ.push(`${who} ${path}: ${status} (anonymous: ${anonymous})`);
      }
    }
    console.log(
      `${PROCEDURES.length} procedures × anonymous, disabled admin, expired admin session: ${refused} refused (401) to all three, ${differ.length} differences`,
    );
    expect(differ).toEqual([]);
    expect(refused).toBeGreaterThan(40);
  });
});
