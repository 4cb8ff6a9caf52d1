/** A generated table of place names by ISO 3166 code: each country's (or each capital's) names as texts write them. */
export type NamesByIso = readonly (readonly [iso2: string, names: readonly string[]])[];

export interface IsoNameMatcher {
  /** Every name of the table, whole words, case-sensitive ("US" and "Lima", not "us" and "lima"), longest first. */
  pattern: RegExp;
  /** The ISO code of each name the pattern matches. */
  isoOf: ReadonlyMap<string, string>;
}

/** The matcher of a table, compiled on first use (the tables hold a thousand names; most reads never need one). */
export function isoNameMatcher(table: NamesByIso): () => IsoNameMatcher {
  let compiled: IsoNameMatcher | null = null;
  return () => {
    if (!compiled) {
      const isoOf = new Map<string, string>();
      for (const [iso2, variants] of table) for (const name of variants) isoOf.set(name, iso2);
      const names = [...isoOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
      const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "gu");
      compiled = { pattern, isoOf };
    }
    return compiled;
  };
}
