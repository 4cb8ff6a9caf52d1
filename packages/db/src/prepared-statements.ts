import { createHash } from "node:crypto";

/**
 * How many different statements one process prepares, and so each of its connections at most. PostgreSQL keeps a
 * prepared statement's plan in the connection's memory, 300-450 KB for one that applies the public-visibility rules
 * (`pg_backend_memory_contexts`: a meeting page's 7 statements, 3.2 MB), and node-postgres never releases one. 100 is
 * the bound Prisma's own query engine kept per connection (its `statement_cache_size`); the site's fixed reads and
 * search fit in it, and a statement beyond it is sent unnamed, as before.
 */
export const MAX_PREPARED_STATEMENTS = 100;

/**
 * An `IN` list of several parameters: Prisma writes one per value (`IN ($1,$2,$3)`), so every length is a statement
 * of its own, and naming them would spend the bound on one read's lengths.
 */
const PARAMETER_LIST = /\bIN \(\$\d+,/;

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
    // An empty name is node-postgres's unnamed statement: prepared for this call only, as without a name.
    if (PARAMETER_LIST.test(sql)) return "";
    const name = `plenary_${createHash("sha1").update(sql).digest("base64url")}`;
    if (named.has(name)) return name;
    if (named.size >= max) return "";
    named.add(name);
    return name;
  };
}
