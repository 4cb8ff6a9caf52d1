/// <reference types="node" />
// The command line's `read` against the snapshot it ships: the reference data (every country, the main
// intergovernmental organizations, their bodies and memberships), run from the source tree.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KnowledgeFile } from "./knowledge-file";

const packageDir = fileURLToPath(new URL("../../", import.meta.url));
const snapshot = KnowledgeFile.parse(
  JSON.parse(readFileSync(new URL("./generated/reference-data.json", import.meta.url), "utf8")),
);

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: packageDir,
    encoding: "utf8",
  });

interface Participant {
  nameAsStated: string;
  person: { value: { status: string } };
  country: { value: { countryId: string } } | null;
  category: { value: string };
}

// Each test starts node with tsx: slow on a loaded machine.
describe("plenary-domain read against the shipped reference data", { timeout: 60_000 }, () => {
  it("ships every country, the main organizations and their memberships, and no people", () => {
    expect(snapshot.countries.length).toBeGreaterThanOrEqual(249);
    for (const slug of ["shanghai-cooperation-organisation", "brics", "csto"])
      expect(snapshot.organizations.map((organization) => organization.id)).toContain(slug);
    expect(snapshot.memberships.length).toBeGreaterThan(400);
    expect(snapshot.people).toEqual([]);
  });

  it("reconciles the body, countries and categories of the SCO 2020 release with the reference data", () => {
    const result = cli("read", "examples/sco-summit-2020.release.txt");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const proposal = JSON.parse(result.stdout);
    expect(proposal.organizationId).toBe("shanghai-cooperation-organisation");
    expect(proposal.body.value).toMatchObject({ status: "matched", id: "sco-council-of-heads-of-state" });
    const byName = new Map<string, Participant>(
      proposal.participants.map((participant: Participant) => [participant.nameAsStated, participant]),
    );
    // India joined in 2017: a member in 2020, by the reference data's memberships.
    expect(byName.get("Narendra Modi")).toMatchObject({
      country: { value: { countryId: "IN" } },
      category: { value: "member_state" },
      person: { value: { status: "new" } },
    });
    expect(byName.get("Vladimir Putin")?.country?.value.countryId).toBe("RU");
    expect(proposal.chairmanships.map((term: { countryId: string }) => term.countryId)).toEqual(["RU", "TJ"]);
  });

  it("reads against --knowledge instead when given", () => {
    const dir = mkdtempSync(join(tmpdir(), "plenary-read-"));
    try {
      const empty = {
        organizations: [],
        countries: [],
        people: [],
        posts: [],
        occupancies: [],
        memberships: [],
        topics: [],
      };
      writeFileSync(join(dir, "empty.json"), JSON.stringify(empty));
      const result = cli(
        "read",
        "examples/sco-summit-2020.release.txt",
        "--knowledge",
        join(dir, "empty.json"),
      );
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).organizationId).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
