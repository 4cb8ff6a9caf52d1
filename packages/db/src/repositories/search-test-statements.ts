import { createDb } from "../client";
import { SearchRepository } from "./search-repository";

/**
 * How the search tests count statements: a SearchRepository on a client of its own that records every statement it
 * sends, searched once first so that the connection's set-up is not counted. `disconnect` closes its client.
 */
export async function countingSearch(url: string) {
  const sent: string[] = [];
  const db = createDb(url, { onQuery: (sql) => sent.push(sql) });
  try {
    const repo = new SearchRepository(db);
    await repo.search("warm up");
    sent.length = 0;
    return { repo, sent, disconnect: () => db.$disconnect() };
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
}
