// A localized text that may be absent (a country's official name, an organization's abbreviation, a person's
// summary) can be left out with null, on create and on update. It used to reach the database as the JSON value null,
// which the search indexes' functions refuse: an internal error (found by the malformed-input attack test).
import { describeEachDatabase } from "@plenary/db/testing";
import { beforeAll, expect, it } from "vitest";
import { callersFor } from "../test-callers";

describeEachDatabase("localized texts cleared with null", (fixture) => {
  let callers: Awaited<ReturnType<typeof callersFor>>;
  beforeAll(async () => {
    callers = await callersFor(fixture.db);
  });

  it("are stored as no text, on create and on update", async () => {
    const country = await callers.editor.country.create({
      iso2: "QZ",
      nameI18n: { en: "Cleared Country" },
      officialNameI18n: null,
    } as never);
    expect(country.record.officialNameI18n).toBeNull();
    const organization = await callers.editor.organization.create({
      nameI18n: { en: "Cleared Organization" },
      abbreviationI18n: { en: "CO" },
      classification: "other",
    } as never);
    const cleared = await callers.editor.organization.update({
      id: organization.record.id,
      version: organization.record.version,
      abbreviationI18n: null,
    });
    expect(cleared.record.abbreviationI18n).toBeNull();
    const person = await callers.editor.person.create({
      nameI18n: { en: "Cleared Person" },
      summaryI18n: null,
    } as never);
    expect(person.record.summaryI18n).toBeNull();
    const [row] = await fixture.db.$queryRawUnsafe<{ sqlNull: boolean }[]>(
      `select "officialNameI18n" is null as "sqlNull" from "Country" where id = $1`,
      country.record.id,
    );
    expect(row!.sqlNull).toBe(true);
  });
});
