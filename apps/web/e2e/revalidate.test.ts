import { describe, expect, it } from "vitest";
import { revalidateSecret, webUrl } from "../../../tooling/testing/apps";

const revalidate = (body: unknown, authorization?: string) =>
  fetch(`${webUrl()}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("POST /api/revalidate", () => {
  it("refuses a caller without the shared secret", async () => {
    expect((await revalidate({ tags: ["meetings"] })).status).toBe(401);
    expect((await revalidate({ tags: ["meetings"] }, "Bearer not-the-secret-at-all")).status).toBe(401);
  });

  it("refuses a body without tags", async () => {
    const response = await revalidate({ paths: ["/"] }, `Bearer ${revalidateSecret()}`);
    expect(response.status).toBe(400);
    expect((await revalidate("not json", `Bearer ${revalidateSecret()}`)).status).toBe(400);
  });

  it("expires the tagged pages, which are then served fresh", async () => {
    const response = await revalidate(
      { tags: ["meetings", "meeting:meeting-of-the-sco-council-of-heads-of-state-2020-11-10"] },
      `Bearer ${revalidateSecret()}`,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      revalidated: true,
      tags: ["meetings", "meeting:meeting-of-the-sco-council-of-heads-of-state-2020-11-10"],
    });
    const page = await fetch(
      `${webUrl()}/en/meetings/meeting-of-the-sco-council-of-heads-of-state-2020-11-10`,
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Meeting of the SCO Council of Heads of State");
  });
});
