// Test helper: hostile payloads for a procedure, derived from its zod input. The schema is read through zod's own
// JSON Schema export (input side), which reduces every zod construct to a handful of keywords; from it come values
// of the expected shape (so that calls get past the first check and reach the database), which are then broken at
// one random place: a wrong type, a huge string or array, deep nesting, unicode edge cases, prototype-pollution
// keys, boundary dates.
import fc from "fast-check";
import { z } from "zod";

/** The JSON Schema keywords zod's export produces for this api's inputs. */
interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema | Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: Schema | boolean;
}

export function inputSchemaOf(input: z.ZodType): Schema {
  return z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as Schema;
}

/** Values real records hold (ids, slugs, versions), so that shaped payloads can name existing records. */
export interface KnownValues {
  ids: string[];
  slugs: string[];
}

const LONE_SURROGATES = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "a\uD83Db", "\uDE00x"];

/** Strings that have broken text handling before: control characters, invisible and direction marks, … */
const EDGE_STRINGS = [
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "a\u0000b",
  "%00",
  "\u202Eevil\u202C",
  "\u200B\u200D\uFEFF",
  "e\u0301\u0301\u0301",
  "İı",
  "ǅ",
  "👩‍👩‍👧‍👦",
  "🏳️‍🌈",
  "\uFFFF\uFFFE",
  "𝕏",
  "null",
  "undefined",
  "NaN",
  "0",
  "-1",
  "true",
  "[]",
  "{}",
  "'; select pg_sleep(5); --",
  "\\",
  "\\u0000",
  "$1",
  "%s%n",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "prototype",
  ...LONE_SURROGATES,
];

/** Dates at the edges of what parsers, JavaScript and PostgreSQL accept. */
const BOUNDARY_DATE_STRINGS = [
  "0000",
  "0000-01-01",
  "0001-01-01",
  "1582-10-10",
  "1899-12-31",
  "1900-02-29",
  "1970-01-01",
  "2000-02-29",
  "2021-02-29",
  "2020-13-01",
  "2020-00-10",
  "2020-01-00",
  "2020-01-32",
  "9999",
  "9999-12",
  "9999-12-31",
  "10000-01-01",
  "-0001-01-01",
  "+275760-09-13",
  "2020-11-10T00:00:00Z",
  "2020-11-10T25:61:61Z",
  "1e3",
];

const BOUNDARY_DATES = [
  new Date(0),
  new Date(-8.64e15),
  new Date(8.64e15),
  new Date(Number.NaN),
  new Date("0000-01-01T00:00:00Z"),
  new Date("9999-12-31T23:59:59.999Z"),
];

const BOUNDARY_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
];

/** An object whose own keys are the prototype-pollution names (as JSON.parse makes them). */
function pollutingObject(payload: unknown): Record<string, unknown> {
  const json = JSON.stringify({ polluted: payload });
  return JSON.parse(
    `{"__proto__": ${json}, "constructor": {"prototype": ${json}}, "prototype": ${json}}`,
  ) as Record<string, unknown>;
}

function nest(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value, en: value };
  return value;
}

const unicodeString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(...LONE_SURROGATES, "\u0000", "\u202E", "\uFEFF"),
      fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }),
    ),
    maxLength: 20,
  }),
);

/** Any string worth trying in a text field. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_STRINGS, ...BOUNDARY_DATE_STRINGS) },
  { weight: 4, arbitrary: unicodeString },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(10_000, 100_000, 1_000_000), fc.constantFrom("x", "é", "𝕏", "a ", "\u0000"))
      .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length))),
  },
);

/** A value of any kind, most of them not what any field expects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...BOUNDARY_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(...BOUNDARY_DATES) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, 10n ** 30n, [], {}, [null]),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(100, 2_000, 20_000), fc.constantFrom<"array" | "object">("array", "object"))
      .map(([depth, kind]) => nest(depth, kind)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(1_000, 100_000), fc.constantFrom<unknown>("x", 1, null, {}, "abcdefgh1"))
      .map(([length, item]) => Array.from({ length }, () => item)),
  },
  { weight: 1, arbitrary: fc.constant(null).map(() => pollutingObject({ polluted: true })) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true }) },
);

function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type] : [];
}

function shapedString(schema: Schema, known: KnownValues): fc.Arbitrary<string> {
  if (schema.pattern) {
    const fromPattern = fc.stringMatching(new RegExp(schema.pattern));
    const options: fc.Arbitrary<string>[] = [fromPattern];
    // Ids and slugs of real records get calls past "not found".
    if (schema.pattern.startsWith("^[a-z][a-z0-9]") && known.ids.length)
      options.push(fc.constantFrom(...known.ids));
    if (schema.pattern.startsWith("^[a-z0-9]+(?:-") && known.slugs.length)
      options.push(fc.constantFrom(...known.slugs));
    return fc.oneof(...options);
  }
  switch (schema.format) {
    case "email":
      return fc.emailAddress();
    case "uri":
    case "url":
      return fc.oneof(fc.webUrl(), fc.constantFrom("javascript:alert(1)", "data:text/html,<b>x</b>"));
    case "date-time":
      return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
    case "date":
      return fc.constantFrom(...BOUNDARY_DATE_STRINGS);
    default:
      break;
  }
  const length = { minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 200) };
  return fc.oneof(
    fc.string(length),
    hostileString,
    fc.constantFrom(...known.slugs.slice(0, 20), "2020-11-10", "2021", "en"),
  );
}

/** Values of the shape the schema describes (not always valid: strings are hostile wherever the schema allows). */
export function shapedValue(schema: Schema, known: KnownValues, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((s) => shapedValue(s, known, depth + 1)));
  const types = typesOf(schema);
  if (types.length > 1)
    return fc.oneof(...types.map((type) => shapedValue({ ...schema, type }, known, depth + 1)));
  switch (types[0]) {
    case "object": {
      const properties = Object.entries(schema.properties ?? {});
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, property] of properties) record[key] = shapedValue(property, known, depth + 1);
      return fc.record(record, {
        requiredKeys: properties.map(([key]) => key).filter((key) => required.has(key)),
      });
    }
    case "array": {
      if (depth > 8) return fc.constant([]);
      const item = Array.isArray(schema.items) ? schema.items[0] : schema.items;
      return fc.array(item ? shapedValue(item, known, depth + 1) : fc.anything({ maxDepth: 1 }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    }
    case "string":
      return shapedString(schema, known);
    case "integer":
    case "number": {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1000;
      const max = schema.maximum ?? schema.exclusiveMaximum ?? 1000;
      const integer = fc.integer({
        min: Math.max(Math.ceil(min), -(2 ** 31)),
        max: Math.min(Math.floor(max), 2 ** 31 - 1),
      });
      return fc.oneof(integer, fc.constantFrom(1, 2, 3), fc.constantFrom(...BOUNDARY_NUMBERS));
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      // `unrepresentable: "any"` (custom checks, transforms): anything.
      return fc.oneof(hostileString, fc.anything({ maxDepth: 2 }));
  }
}

type Container = Record<string, unknown> | unknown[];

/** Every place in a value where another value can be put: [container, key]. */
function places(value: unknown, found: [Container | null, string | number][] = []): typeof found {
  if (found.length === 0) found.push([null, 0]);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push([value, index]);
      places(item, found);
    });
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const key of Object.keys(value)) {
      found.push([value as Record<string, unknown>, key]);
      places((value as Record<string, unknown>)[key], found);
    }
  }
  return found;
}

export interface HostilePayload {
  input: unknown;
  /** What was done to the shaped value, for the report. */
  kind: "shaped" | "replaced" | "extra-key" | "anything";
}

/**
 * Payloads for one procedure: shaped values (hostile strings where strings go), shaped values with one node
 * replaced by a hostile value or given a prototype-pollution key, and anything at all.
 */
export function hostilePayloads(
  input: z.ZodType | undefined,
  known: KnownValues,
): fc.Arbitrary<HostilePayload> {
  const schema = input ? inputSchemaOf(input) : {};
  const shaped = shapedValue(schema, known);
  return fc.oneof(
    { weight: 3, arbitrary: shaped.map((value) => ({ input: value, kind: "shaped" as const })) },
    {
      weight: 4,
      arbitrary: fc.tuple(shaped, hostileValue, fc.nat()).map(([shapedOne, replacement, pick]) => {
        const value = structuredClone(shapedOne);
        const all = places(value);
        const [container, key] = all[pick % all.length]!;
        if (container === null) return { input: replacement, kind: "replaced" as const };
        (container as Record<string | number, unknown>)[key] = replacement;
        return { input: value, kind: "replaced" as const };
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(shaped, fc.constantFrom("__proto__", "constructor", "prototype"), hostileString)
        .map(([shapedOne, key, extra]) => {
          const value = structuredClone(shapedOne);
          const objects = places(value)
            .map(([container, at]) => (container === null ? value : container[at as never]))
            .filter(
              (v): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v),
            );
          const target = objects[0] ?? {};
          Object.defineProperty(target, key, {
            value: pollutingObject(extra),
            enumerable: true,
            writable: true,
          });
          return { input: objects.length ? value : target, kind: "extra-key" as const };
        }),
    },
    { weight: 1, arbitrary: hostileValue.map((value) => ({ input: value, kind: "anything" as const })) },
  );
}
