import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seed } from "../seed";
import { describeEachDatabase } from "../testing";
import { databaseChecksum } from "../testing/checksum";
import { backupDatabase, BackupError, restoreDatabase } from "./backup";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plenary-backup-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeEachDatabase("backup and restore", (fixture) => {
  beforeAll(async () => {
    await seed(fixture.db);
  });

  it("gives back an equal database after the data changed", async () => {
    const file = path.join(dir, `${fixture.database.name}.dump`);
    const before = await databaseChecksum(fixture.db);
    const { bytes } = await backupDatabase(fixture.database.url, file);
    expect(bytes).toBeGreaterThan(1000);

    // Changes after the backup: an edit, a new row and a deleted row.
    await fixture.db.person.updateMany({ data: { version: { increment: 1 } } });
    await fixture.db.topic.create({
      data: { slug: "after-the-backup", labelI18n: { en: "After the backup" }, synonyms: [] },
    });
    await fixture.db.speech.deleteMany({});
    expect(await databaseChecksum(fixture.db)).not.toBe(before);

    await restoreDatabase(fixture.database.url, file);
    expect(await databaseChecksum(fixture.db)).toBe(before);
  });

  it("refuses a missing file and leaves the database as it was", async () => {
    const before = await databaseChecksum(fixture.db);
    await expect(restoreDatabase(fixture.database.url, path.join(dir, "missing.dump"))).rejects.toThrow(
      BackupError,
    );
    const broken = path.join(dir, "broken.dump");
    fs.writeFileSync(broken, "not a backup");
    await expect(restoreDatabase(fixture.database.url, broken)).rejects.toThrow(/pg_restore failed/);
    expect(await databaseChecksum(fixture.db)).toBe(before);
  });
});
