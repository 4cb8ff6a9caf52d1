import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** Result rows → the positions of their one-byte `"char"` columns (the rows array is what the adapter returns). */
const charColumnsOf = new WeakMap<object, number[]>();

function markCharColumns(result: pg.QueryResult | undefined): void {
  if (!result?.fields) return;
  const positions = result.fields.flatMap((field, index) =>
    field.dataTypeID === PG_CHAR_OID ? [index] : [],
  );
  if (positions.length === 0) return;
  // The adapter has no mapping for "char" and would refuse the row; its values arrive as strings already.
  for (const index of positions) result.fields[index]!.dataTypeID = PG_TEXT_OID;
  charColumnsOf.set(result.rows, positions);
}

/**
 * The schema engine describes a database by reading pg_catalog, whose flag columns (`contype`, `relkind`, …) have
 * PostgreSQL's internal one-byte `"char"` type, and reads them as characters. @prisma/adapter-pg 7.10 cannot map
 * that type ("Column type 'char' could not be deserialized"). This client lets such rows through as text, and
 * `reportCharColumns` then tells the engine they are characters. Used only for the schema engine's connections.
 */
export class CatalogFriendlyClient extends pg.Client {
  // pg's query() has many overloads; pg-pool calls the callback form, the adapter's transactions the promise form.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, result: pg.QueryResult) => {
        if (!error) markCharColumns(result);
        (last as (e: Error | null, r: pg.QueryResult) => void)(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((value: pg.QueryResult) => {
        markCharColumns(value);
        return value;
      }) as never;
    }
    return result as never;
  }
}

/** Wraps an adapter over CatalogFriendlyClient connections so that `"char"` columns reach the engine as characters. */
export function reportCharColumns<A extends SqlDriverAdapter>(adapter: A): A {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    const result = await queryRaw(query);
    for (const index of charColumnsOf.get(result.rows) ?? [])
      result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}
