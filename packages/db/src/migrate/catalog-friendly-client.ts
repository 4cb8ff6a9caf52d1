import pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function reportCharAsText(result: pg.QueryResult | undefined): void {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
}

/**
 * The schema engine describes a database by reading pg_catalog, whose flag columns have PostgreSQL's internal
 * one-byte `"char"` type. @prisma/adapter-pg 7.10 has no mapping for that type and fails with "Column type 'char'
 * could not be deserialized". Its values arrive as strings already, so reporting them as text is exact.
 * Used only for the schema engine's connections; application queries never read `"char"` columns.
 */
export class CatalogFriendlyClient extends pg.Client {
  // pg's query() has many overloads; pg-pool calls the callback form, the adapter's transactions the promise form.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result: pg.QueryResult) => {
        if (!error) reportCharAsText(result);
        (last as (e: Error | null, r: pg.QueryResult) => void)(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((value: pg.QueryResult) => {
        reportCharAsText(value);
        return value;
      }) as never;
    }
    return result as never;
  }
}
