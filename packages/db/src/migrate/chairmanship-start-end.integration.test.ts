import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { readMigrations } from "./migrations";

const MIGRATION = "20261129201954_chairmanship_start_end";

/**
 * The migration that splits a chairmanship's single handover link into the meeting where the term started and the
 * one where it ended must move the stored links, not drop them. Replayed in a schema of its own on each test
 * database: every migration before it, rows in the old shape, then it.
 */
describe("migration chairmanship_start_end moves the handover links", () => {
  const migrations = readMigrations().migrationDirectories;
  const index = migrations.findIndex((m) => m.path === MIGRATION);
  const sqlOf = (m: (typeof migrations)[number]) => m.migrationFile.content.value;

  for (const database of inject("databases")) {
    it(`[${database.name}] to startedAt when the term starts on the meeting's date, to endedAt when it ends on it`, async () => {
      expect(index).toBeGreaterThan(0);
      const schema = `chair_migration_${Date.now().toString(36)}`;
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}", public`);
        for (const migration of migrations.slice(0, index)) await client.query(sqlOf(migration));

        await client.query(`
          INSERT INTO "Organization" ("id", "slug", "nameI18n", "classification", "updatedAt") VALUES ('org', 'sco', '{"en":"SCO"}', 'igo', now());
          INSERT INTO "Country" ("id", "slug", "iso2", "nameI18n", "updatedAt") VALUES
            ('ru', 'russia', 'RU', '{"en":"Russia"}', now()), ('tj', 'tajikistan', 'TJ', '{"en":"Tajikistan"}', now()),
            ('kg', 'kyrgyzstan', 'KG', '{"en":"Kyrgyzstan"}', now()), ('in', 'india', 'IN', '{"en":"India"}', now());
          INSERT INTO "Meeting" ("id", "slug", "titleI18n", "classification", "startDate", "endDate", "attendanceMode", "updatedAt") VALUES
            ('m2020', 'sco-2020', '{"en":"SCO 2020"}', 'summit', '2020-11-10', '2020-11-10', 'online', now()),
            ('m2019', 'sco-2019', '{"en":"SCO 2019"}', 'summit', '2019-06-13', '2019-06-14', 'in_person', now()),
            ('m2017', 'sco-2017', '{"en":"SCO 2017"}', 'summit', '2017-06', NULL, 'in_person', now());
          INSERT INTO "Chairmanship" ("id", "organizationId", "countryId", "startDate", "endDate", "handoverMeetingId", "updatedAt") VALUES
            ('c-ru', 'org', 'ru', '2019-06-14', '2020-11-10', 'm2020', now()),
            ('c-tj', 'org', 'tj', '2020-11-10', NULL, 'm2020', now()),
            ('c-kg', 'org', 'kg', '2018-06-10', '2019-06-14', 'm2019', now()),
            ('c-in', 'org', 'in', '2017-06-09', '2018', 'm2017', now()),
            ('c-none', 'org', 'in', '2016', '2017', NULL, now());
          INSERT INTO "Revision" ("id", "entityType", "entityId", "version", "before", "after") VALUES
            ('r-ru', 'chairmanship', 'c-ru', 1, NULL, '{"id":"c-ru","startDate":"2019-06-14","endDate":"2020-11-10","handoverMeetingId":"m2020"}'),
            ('r-tj', 'chairmanship', 'c-tj', 2, '{"id":"c-tj","startDate":"2020-11-10","endDate":null,"handoverMeetingId":null}',
              '{"id":"c-tj","startDate":"2020-11-10","endDate":null,"handoverMeetingId":"m2020"}'),
            ('r-m', 'meeting', 'm2020', 1, NULL, '{"id":"m2020","handoverMeetingId":"kept as it is"}');
        `);

        await client.query(sqlOf(migrations[index]!));

        const { rows } = await client.query<{
          id: string;
          startedAtMeetingId: string | null;
          endedAtMeetingId: string | null;
        }>(`SELECT "id", "startedAtMeetingId", "endedAtMeetingId" FROM "Chairmanship" ORDER BY "id"`);
        expect(rows.map((r) => [r.id, r.startedAtMeetingId, r.endedAtMeetingId])).toEqual([
          // India's term started during the 2017 summit, known only to the month.
          ["c-in", "m2017", null],
          // Kyrgyzstan's ended on the second day of the 2019 summit.
          ["c-kg", null, "m2019"],
          ["c-none", null, null],
          ["c-ru", null, "m2020"],
          ["c-tj", "m2020", null],
        ]);
        const revisions = await client.query<{ id: string; before: unknown; after: unknown }>(
          `SELECT "id", "before", "after" FROM "Revision" ORDER BY "id"`,
        );
        expect(revisions.rows).toEqual([
          { id: "r-m", before: null, after: { id: "m2020", handoverMeetingId: "kept as it is" } },
          {
            id: "r-ru",
            before: null,
            after: {
              id: "c-ru",
              startDate: "2019-06-14",
              endDate: "2020-11-10",
              startedAtMeetingId: null,
              endedAtMeetingId: "m2020",
            },
          },
          {
            id: "r-tj",
            before: {
              id: "c-tj",
              startDate: "2020-11-10",
              endDate: null,
              startedAtMeetingId: null,
              endedAtMeetingId: null,
            },
            after: {
              id: "c-tj",
              startDate: "2020-11-10",
              endDate: null,
              startedAtMeetingId: "m2020",
              endedAtMeetingId: null,
            },
          },
        ]);
        // The old column is gone; deleting a meeting clears the links to it.
        await client.query(`DELETE FROM "Meeting" WHERE "id" = 'm2020'`);
        const cleared = await client.query(
          `SELECT count(*)::int AS n FROM "Chairmanship" WHERE 'm2020' IN ("startedAtMeetingId", "endedAtMeetingId")`,
        );
        expect(cleared.rows[0]).toEqual({ n: 0 });
      } finally {
        await client
          .query(`SET search_path TO public; DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
          .catch(() => {});
        await client.end();
      }
    });
  }
});
