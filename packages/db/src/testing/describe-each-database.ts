import { afterAll, beforeAll, describe, inject } from "vitest";
import { createDb, type Db } from "../client";
import { resetDatabase } from "./reset";
import type { TestDatabase } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    databases: TestDatabase[];
  }
}

export interface DatabaseFixture {
  /** The client for the database of the current block; valid inside tests and hooks. */
  readonly db: Db;
  readonly database: TestDatabase;
}

/**
 * Runs the same tests once per database the global setup started (embedded and real PostgreSQL), each on an
 * emptied database with its own client.
 */
export function describeEachDatabase(title: string, body: (fixture: DatabaseFixture) => void): void {
  describeOn(inject("databases"), title, body);
}

/**
 * The same on the first database only (the embedded one, always started): for slower suites whose subject is our
 * own code over plain PostgreSQL 15, where running twice would add time and no coverage.
 */
export function describeOneDatabase(title: string, body: (fixture: DatabaseFixture) => void): void {
  describeOn(inject("databases").slice(0, 1), title, body);
}

function describeOn(
  databases: readonly TestDatabase[],
  title: string,
  body: (fixture: DatabaseFixture) => void,
): void {
  for (const database of databases) {
    describe(`${title} [${database.name}]`, () => {
      let client: Db | undefined;
      const fixture: DatabaseFixture = {
        get db() {
          if (!client) throw new Error("The database is only available inside tests and hooks.");
          return client;
        },
        database,
      };
      beforeAll(async () => {
        client = createDb(database.url);
        await resetDatabase(client);
      });
      afterAll(async () => {
        await client?.$disconnect();
      });
      body(fixture);
    });
  }
}
