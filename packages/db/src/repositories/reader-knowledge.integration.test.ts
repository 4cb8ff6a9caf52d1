// Knowledge as lookups (issue 12): the reader asks the database for the people whose folded name tokens meet the
// release's, through an expression index, instead of loading every person. These reads must equal reads of the
// whole database, and the SQL folding must give the tokens the domain's folding gives.
import fs from "node:fs";
import { knowledgeQueryOf, personNameTokens, readPressRelease, readPressReleaseFrom } from "@plenary/domain";
import { beforeAll, expect, it } from "vitest";
import { loadReferenceData } from "../reference/load-reference-data";
import * as record from "../seed/sco-2020-11-10";
import { seed } from "../seed/seed";
import { describeOneDatabase } from "../testing";
import { toPerson } from "./mappers";
import { DatabaseKnowledge, loadReaderKnowledge } from "./reader-knowledge";

const fixturesDir = new URL("../../../domain/src/reader/fixtures/", import.meta.url);
const releases = [
  ...fs.readdirSync(fixturesDir).filter((file) => file.endsWith(".txt")),
  ...fs.readdirSync(new URL("sealed/", fixturesDir)).map((file) => `sealed/${file}`),
]
  .filter((file) => file.endsWith(".txt"))
  .map((file) => [file, fs.readFileSync(new URL(file, fixturesDir), "utf8").trim()] as const);

const outcome = async (read: () => unknown) => {
  try {
    return { proposal: await read() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describeOneDatabase("reader knowledge from indexed lookups", (fixture) => {
  beforeAll(async () => {
    await seed(fixture.db);
    await loadReferenceData(fixture.db);
  });

  it("folds names in SQL exactly as the domain does", async () => {
    const rows = await fixture.db.$queryRaw<{ id: string; tokens: string[] }[]>`
      select id, plenary_person_name_tokens("nameI18n", "givenName", "familyName", "otherNames") as tokens
      from "Person"`;
    const people = new Map((await fixture.db.person.findMany()).map((row) => [row.id, toPerson(row)]));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const expected = personNameTokens(people.get(row.id)!);
      expect(new Set(row.tokens.filter((token) => token.length >= 2)), row.id).toEqual(new Set(expected));
    }
    const [gijesov] = await fixture.db.$queryRaw<
      { folded: string }[]
    >`select plenary_fold_name('Gijesov') as folded`;
    const [giyosov] = await fixture.db.$queryRaw<
      { folded: string }[]
    >`select plenary_fold_name('Giyosov') as folded`;
    expect(gijesov!.folded).toBe(giyosov!.folded);
  });

  it("reads every fixture release through the lookups as from the whole database", async () => {
    const whole = await loadReaderKnowledge(fixture.db);
    const lookups = new DatabaseKnowledge(fixture.db);
    for (const [name, text] of [["seed release", record.releaseText.trim()] as const, ...releases]) {
      const expected = await outcome(() => readPressRelease(text, whole));
      expect(await outcome(() => readPressReleaseFrom(text, lookups)), name).toEqual(expected);
    }
  });

  it("asks for the people the release names, not every person", async () => {
    const knowledge = await new DatabaseKnowledge(fixture.db).candidates(knowledgeQueryOf(releases[0]![1]));
    expect(knowledge.people.length).toBeLessThan(await fixture.db.person.count());
    const plan = await fixture.db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `explain select id from "Person" where plenary_person_name_tokens("nameI18n", "givenName", "familyName", "otherNames") && array['putin']`,
    );
    // A handful of rows lets the planner scan; the index must at least be usable.
    expect(plan.length).toBeGreaterThan(0);
  });
});
