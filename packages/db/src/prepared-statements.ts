import { createHash } from "node:crypto";

/**
 * How many different statements one process prepares on its connections. The app sends a few hundred shapes of
 * SQL (Prisma's reads and writes, search, the visibility rules); a shape beyond the cap, such as an `IN` list of a
 * length never seen, is sent unnamed as before, so a long-running server's prepared statements stay bounded.
 */
export const MAX_PREPARED_STATEMENTS = 1_000;

/**
 * Names statements by their SQL so that node-postgres prepares each on a connection once and PostgreSQL keeps its
 * plan: unnamed, every statement is planned on every call, and planning the public-visibility rules (deep EXISTS
 * trees) cost more than running them (`pnpm bench:queries`: meeting by id p50 14 → 8.5 ms, person by slug 9.7 → 7.3).
 * PostgreSQL still plans a statement for its parameters until a generic plan costs no more than those (its
 * `plan_cache_mode` auto), so a search for a rare word and one for a common word keep their own plans (search's
 * ranking statements stay on such custom plans, and gain little).
 * Behind a pooler in transaction mode (PgBouncer before 1.21), set PLENARY_PREPARED_STATEMENTS=off.
 */
export function statementNames(max = MAX_PREPARED_STATEMENTS): (query: { sql: string }) => string {
  const named = new Set<string>();
  return ({ sql }) => {
    const name = `plenary_${createHash("sha1").update(sql).digest("base64url")}`;
    if (named.has(name)) return name;
    // An empty name is node-postgres's unnamed statement: prepared for this call only, as without a name.
    if (named.size >= max) return "";
    named.add(name);
    return name;
  };
}
