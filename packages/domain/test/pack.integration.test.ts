/// <reference types="node" />
// Proves the package works outside this monorepo: the tarball `pnpm pack` makes (publishConfig applied, catalog
// versions resolved) installs with plain npm into a plain Node project and runs from dist/.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const consumerScript = `
import { Country, checkMeeting, checkUniqueParticipants, hasErrors, tallyLabel } from "@plenary/domain";

const russia = Country.parse({
  id: "ccountryru000000000000000",
  createdAt: new Date("2025-01-01T00:00:00Z"),
  updatedAt: new Date("2025-01-01T00:00:00Z"),
  version: 1,
  slug: "russia",
  sources: [],
  identifiers: [{ scheme: "wikidata", value: "Q159" }],
  iso2: "RU",
  iso3: "RUS",
  nameI18n: { en: " Russia ", ru: "Россия" },
  officialNameI18n: { en: "Russian Federation" },
  otherNames: [],
  demonyms: ["Russian"],
});
const bad = Country.safeParse({ ...russia, iso2: "ru" });
const modi = { personId: "cpersonmodi00000000000000" };
const duplicate = checkUniqueParticipants([modi, modi], { persons: { [modi.personId]: "Narendra Modi" } });
const draft = checkMeeting({
  meeting: {
    titleI18n: { en: "Meeting of the SCO Council of Heads of State" },
    startDate: "2020-11-10",
    endDate: "2020-11-09",
    bodyId: null,
    coChaired: false,
    status: "draft",
    sources: [],
  },
  participations: [],
});
console.log(JSON.stringify({
  name: russia.nameI18n.en,
  badPath: bad.error.issues[0].path,
  duplicate: duplicate.map((i) => i.message),
  draftCodes: draft.map((i) => i.code),
  blocked: hasErrors(draft),
  tally: tallyLabel("decision", 9, 3, "en"),
}));
`;

describe("@plenary/domain as a published package", () => {
  const tempDirs: string[] = [];
  const makeTemp = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    tempDirs.push(dir);
    return dir;
  };
  let consumerDir = "";

  beforeAll(() => {
    if (!existsSync(join(packageDir, "dist", "index.js"))) {
      run("pnpm", ["--filter", "@plenary/domain", "build"], repoRoot);
    }
    const packDir = makeTemp("plenary-domain-pack-");
    run("pnpm", ["pack", "--pack-destination", packDir], packageDir);
    const tarball = readdirSync(packDir).find((file) => file.endsWith(".tgz"));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${packDir}`);

    consumerDir = makeTemp("plenary-domain-consumer-");
    writeFileSync(
      join(consumerDir, "package.json"),
      JSON.stringify({ name: "plenary-domain-consumer", private: true, type: "module" }, null, 2),
    );
    run(
      "npm",
      ["install", join(packDir, tarball), "--no-audit", "--no-fund", "--loglevel=error"],
      consumerDir,
    );
  });

  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("ships only dist, with exports pointing at it and real dependency versions", () => {
    const installed = join(consumerDir, "node_modules", "@plenary", "domain");
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(manifest.exports).toEqual({ ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } });
    expect(manifest.types).toBe("./dist/index.d.ts");
    expect(manifest.dependencies.zod).toMatch(/^\^?\d/);
    // npm always includes README/LICENSE when present; anything else would be a leak from `files`.
    const shipped = readdirSync(installed).filter((file) => !/^(README|LICENSE)/i.test(file));
    expect(shipped.sort()).toEqual(["dist", "package.json"]);
    expect(readdirSync(join(installed, "dist")).sort()).toEqual(["index.d.ts", "index.js", "index.js.map"]);
  });

  it("imports, parses and runs rules in a plain Node project", () => {
    writeFileSync(join(consumerDir, "check.mjs"), consumerScript);
    const output = JSON.parse(run("node", ["check.mjs"], consumerDir));
    expect(output).toEqual({
      name: "Russia",
      badPath: ["iso2"],
      duplicate: ["Narendra Modi is listed twice (rows 1 and 2); remove the duplicate row."],
      draftCodes: ["end_before_start", "chair_missing"],
      blocked: true,
      tally: "9 decisions (3 listed)",
    });
  });
});
