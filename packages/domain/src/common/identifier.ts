import { z } from "zod";

export const IdentifierScheme = z.enum(["wikidata", "iso3166_1_a2", "iso3166_1_a3", "un_symbol", "other"]);
export type IdentifierScheme = z.infer<typeof IdentifierScheme>;

const FORMATS: Partial<Record<IdentifierScheme, { pattern: RegExp; example: string }>> = {
  wikidata: { pattern: /^Q[1-9]\d*$/, example: "Q159" },
  iso3166_1_a2: { pattern: /^[A-Z]{2}$/, example: "RU" },
  iso3166_1_a3: { pattern: /^[A-Z]{3}$/, example: "RUS" },
};

/** An external identifier, filled only from a source at hand (never guessed). */
export const Identifier = z
  .object({
    scheme: IdentifierScheme,
    value: z.string().trim().min(1, { error: "Identifier value is required" }),
  })
  .superRefine((identifier, ctx) => {
    const format = FORMATS[identifier.scheme];
    if (format && !format.pattern.test(identifier.value)) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `"${identifier.value}" is not a valid ${identifier.scheme} identifier (e.g. ${format.example})`,
      });
    }
  });
export type Identifier = z.infer<typeof Identifier>;
