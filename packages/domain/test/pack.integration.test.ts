/// <reference types="node" />
// Proves the package works outside this monorepo: the tarball `pnpm pack` makes (publishConfig applied, catalog
// versions resolved) installs with plain npm into a plain Node project and runs from dist/.
import { execFileSync } from "node:child_process";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const examplesDir = fileURLToPath(new URL("../examples", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
/** Runs a command that may fail, for its exit code and both outputs. */
const attempt = (command: string, args: string[], cwd: string) => {
  const { status, stdout, stderr } = spawnSync(command, args, { cwd, encoding: "utf8" });
  return { status, stdout, stderr };
};

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
    if (
      !["index.js", "cli.js", "reference-data.json"].every((file) =>
        existsSync(join(packageDir, "dist", file)),
      )
    ) {
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
    cpSync(examplesDir, join(consumerDir, "examples"), { recursive: true });
  });

  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("ships only dist, with exports pointing at it and real dependency versions", () => {
    const installed = join(consumerDir, "node_modules", "@plenary", "domain");
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(manifest.exports).toEqual({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./schemas/*": "./dist/schemas/*",
      "./reference-data.json": "./dist/reference-data.json",
      "./package.json": "./package.json",
    });
    expect(manifest.types).toBe("./dist/index.d.ts");
    expect(manifest.bin).toEqual({ "plenary-domain": "./dist/cli.js" });
    expect(Object.keys(manifest.dependencies)).toEqual(["zod"]);
    expect(manifest.dependencies.zod).toMatch(/^\^?\d/);
    // npm always includes README/LICENSE when present; anything else would be a leak from `files`.
    const shipped = readdirSync(installed).filter((file) => !/^LICENSE/i.test(file));
    expect(shipped.sort()).toEqual(["CHANGELOG.md", "README.md", "dist", "package.json"]);
    // The library and the command line share one chunk of code; the .d.ts is the library's only.
    const dist = readdirSync(join(installed, "dist")).map((file) => file.replace(/^chunk-\w+/, "chunk"));
    expect(dist.sort()).toEqual(
      [
        "chunk.js",
        "chunk.js.map",
        "cli.js",
        "cli.js.map",
        "index.d.ts",
        "index.js",
        "index.js.map",
        "reference-data.json",
        "schemas",
      ].sort(),
    );
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

  describe("the README's examples", () => {
    const example = (file: string) => run("node", [join("examples", file)], consumerDir);

    it("type-check against the package's declarations", () => {
      writeFileSync(
        join(consumerDir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            allowJs: true,
            checkJs: true,
            noEmit: true,
            strict: true,
            module: "nodenext",
            target: "es2022",
            types: ["node"],
            typeRoots: [join(repoRoot, "node_modules", "@types")],
          },
          include: ["examples/*.mjs"],
        }),
      );
      const tsc = join(packageDir, "node_modules", "typescript", "bin", "tsc");
      const result = attempt("node", [tsc, "-p", "."], consumerDir);
      expect(result.stdout + result.stderr).toBe("");
      expect(result.status).toBe(0);
    });

    it("check-record.mjs shows a schema issue and rule issues with their paths", () => {
      const output = example("check-record.mjs");
      expect(output).toContain('startDate: "10 November 2020" is not a calendar date');
      expect(output).toContain(
        "warning meeting.participations.0.occupancyId Vladimir Putin held no recorded post",
      );
      expect(output).toContain(
        "error meeting.participations.3.personId Xi Jinping is listed twice (rows 2 and 4)",
      );
      expect(output).toContain("blocks saving: true");
    });

    it("dates.mjs reads partial dates at their widest and terms as half-open", () => {
      expect(example("dates.mjs").split("\n").slice(0, 5)).toEqual([
        "month 2020-11-01 2020-12-01",
        "false true",
        "terms overlap: false",
        "from 2019-06-14 until 2020-11-10 / from 2020-11-10 on",
        "true",
      ]);
    });

    it("labels.mjs formats in en, ru and zh", () => {
      expect(example("labels.mjs").split("\n").slice(0, 3)).toEqual([
        "en Chair | 9 decisions (3 listed) | Prime Minister of India Narendra Modi",
        "ru Председатель | 9 решений (в списке 3) | Премьер-министр Индии Нарендра Моди",
        "zh 主席 | 9份决议（列出3份） | 印度总理纳伦德拉·莫迪",
      ]);
    });

    it("read-release.mjs quotes each fact's evidence from the release", () => {
      const output = example("read-release.mjs");
      expect(output).toContain('date 2020-11-10 from "November 10"');
      // The shipped reference data holds countries, organizations and memberships, no people.
      expect(output).toContain('new Narendra Modi IN member_state from "Narendra Modi"');
      // A family name written in capitals is proposed as a name ("Xi Jinping"); the evidence quotes it as written.
      expect(output).toContain('new Xi Jinping CN member_state from "XI Jinping"');
    });
  });

  describe("the plenary-domain command", () => {
    const cli = (...args: string[]) =>
      attempt(join(consumerDir, "node_modules", ".bin", "plenary-domain"), args, consumerDir);
    const record = join(examplesDir, "sco-summit-2020.meeting.json");

    it("check: exit 0 and a summary for a record that passes", () => {
      const result = cli("check", record);
      expect(result.stdout.trim()).toBe(`${record}: passes every rule`);
      expect(result.status).toBe(0);
    });

    it("check: exit 1 with each issue's field path; --json prints the issues", () => {
      const file = JSON.parse(readFileSync(record, "utf8"));
      file.meeting.participations.push(file.meeting.participations[1]);
      file.meeting.participations[2].role = "chair";
      writeFileSync(join(consumerDir, "broken.json"), JSON.stringify(file));
      const result = cli("check", "broken.json");
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(
        "error   meeting.participations[3].personId  Xi Jinping is listed twice (rows 2 and 4); remove the duplicate row. [unique-participant/participant_duplicate]",
      );
      expect(result.stdout).toContain(
        "warning meeting.participations[2].role  Vladimir Putin and Emomali Rahmon are each marked as chair",
      );
      expect(result.stdout.trim().split("\n").at(-1)).toBe("broken.json: 1 error, 1 warning");
      const json = cli("check", "broken.json", "--json");
      expect(JSON.parse(json.stdout).map((issue: { path: unknown }) => issue.path)).toContainEqual([
        "meeting",
        "participations",
        3,
        "personId",
      ]);
      expect(json.status).toBe(1);
    });

    it("check: exit 2 with a clear message for a missing file or invalid JSON", () => {
      expect(cli("check", "missing.json")).toMatchObject({
        status: 2,
        stderr: "plenary-domain: The record missing.json does not exist.\n",
      });
      writeFileSync(join(consumerDir, "invalid.json"), "{ not json");
      const invalid = cli("check", "invalid.json");
      expect(invalid.status).toBe(2);
      expect(invalid.stderr).toContain("The record invalid.json is not valid JSON");
      expect(cli("check")).toMatchObject({ status: 2 });
    });

    it("read: prints the proposal reconciled against the shipped reference data", () => {
      const result = cli("read", "examples/sco-summit-2020.release.txt");
      expect(result.status).toBe(0);
      const proposal = JSON.parse(result.stdout);
      expect(proposal.startDate.value).toBe("2020-11-10");
      expect(proposal.body.value).toMatchObject({ status: "matched", id: "sco-council-of-heads-of-state" });
      const putin = proposal.participants.find(
        (p: { nameAsStated: string }) => p.nameAsStated === "Vladimir Putin",
      );
      // Countries, organizations and memberships, no people: the person is new, country and category are known.
      expect(putin).toMatchObject({
        person: { value: { status: "new" } },
        country: { value: { countryId: "RU" } },
        category: { value: "member_state" },
      });
    });

    it("read --knowledge: reconciles against the given file instead", () => {
      const empty = {
        organizations: [],
        countries: [],
        people: [],
        posts: [],
        occupancies: [],
        memberships: [],
        topics: [],
      };
      writeFileSync(join(consumerDir, "empty-knowledge.json"), JSON.stringify(empty));
      const result = cli(
        "read",
        "examples/sco-summit-2020.release.txt",
        "--knowledge",
        "empty-knowledge.json",
      );
      expect(result.status).toBe(0);
      const putin = JSON.parse(result.stdout).participants.find(
        (p: { nameAsStated: string }) => p.nameAsStated === "Vladimir Putin",
      );
      expect(putin.person.value).toMatchObject({ status: "new", proposed: { name: "Vladimir Putin" } });
      writeFileSync(
        join(consumerDir, "bad-knowledge.json"),
        JSON.stringify({ ...empty, people: [{ id: "x" }] }),
      );
      const bad = cli("read", "examples/sco-summit-2020.release.txt", "--knowledge", "bad-knowledge.json");
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain("people[0].nameI18n");
    });

    it("read: exit 2 with the reason for an empty or non-English text", () => {
      writeFileSync(join(consumerDir, "empty.txt"), "  \n");
      expect(cli("read", "empty.txt")).toMatchObject({
        status: 2,
        stderr: expect.stringContaining("empty.txt: The press release is empty"),
      });
      writeFileSync(
        join(consumerDir, "russian.txt"),
        "Президент России Владимир Путин провёл заседание Совета глав государств ШОС в режиме видеоконференции.",
      );
      expect(cli("read", "russian.txt")).toMatchObject({
        status: 2,
        stderr: expect.stringContaining("Only English press releases"),
      });
      expect(cli("read", "missing.txt")).toMatchObject({
        status: 2,
        stderr: "plenary-domain: The press release missing.txt does not exist.\n",
      });
    });
  });

  it("ships the JSON Schemas as files a project in any language can use", () => {
    const schemas = join(consumerDir, "node_modules", "@plenary", "domain", "dist", "schemas");
    expect(readdirSync(schemas).sort()).toContain("meeting-record.json");
    const resolved = run(
      "node",
      [
        "--input-type=module",
        "-e",
        'console.log(import.meta.resolve("@plenary/domain/schemas/meeting.json"))',
      ],
      consumerDir,
    );
    expect(JSON.parse(readFileSync(fileURLToPath(resolved.trim()), "utf8"))).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
    });
  });
});
