import { createDb, type Db } from "@plenary/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, revalidateSecret, webUrl } from "../../../tooling/testing/apps";

const PAGE = "/en/people/jumakhon-giyosov";

async function revalidate(tags: string[]) {
  const response = await fetch(`${webUrl()}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${revalidateSecret()}` },
    body: JSON.stringify({ tags }),
  });
  expect(response.status).toBe(200);
}

const heading = async () => /<h1>([^<]*)<\/h1>/.exec(await (await fetch(`${webUrl()}${PAGE}`)).text())?.[1];

describe("cached pages, revalidated by tag", () => {
  let db: Db;
  let original: { en: string };

  beforeAll(async () => {
    db = createDb(databaseUrl());
    original = (await db.person.findUniqueOrThrow({ where: { slug: "jumakhon-giyosov" } })).nameI18n as { en: string };
  });

  afterAll(async () => {
    await db.person.update({ where: { slug: "jumakhon-giyosov" }, data: { nameI18n: original } });
    await revalidate(["person:jumakhon-giyosov"]);
    expect(await heading()).toBe("Jumakhon Giyosov");
    await db.$disconnect();
  });

  it("serves the cached page until the admin revalidates its tag, then the fresh one", async () => {
    expect(await heading()).toBe("Jumakhon Giyosov");
    // A change the site was not told about: readers keep getting the cached page.
    await db.person.update({ where: { slug: "jumakhon-giyosov" }, data: { nameI18n: { ...original, en: "Jumakhon Giyosov (corrected)" } } });
    expect(await heading()).toBe("Jumakhon Giyosov");
    await revalidate(["person:jumakhon-giyosov"]);
    expect(await heading()).toBe("Jumakhon Giyosov (corrected)");
  });
});
