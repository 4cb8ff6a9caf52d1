import { Slug } from "@plenary/domain";
import { z } from "zod";

/** The most records one page of the JSON API's lists holds, and how many it holds when not asked. */
export const PAGE_LIMIT = { max: 200, default: 100 } as const;

/** `limit` of a JSON API list: how many records a page holds. */
export const PageLimit = z.int().min(1).max(PAGE_LIMIT.max).default(PAGE_LIMIT.default);

/**
 * Where a page of a JSON API list starts, as the API hands it out (in the Link rel="next"): the key of the previous
 * page's last record (its values of the columns the list is ordered by), as base64url JSON. Opaque to clients; a
 * cursor that does not decode to the list's key is refused with a message that says what to do.
 */
export function keysetCursor<Key extends z.ZodType>(key: Key) {
  const Cursor = z
    .string()
    .max(1000)
    .transform((text, ctx): z.output<Key> => {
      const decoded = key.safeParse(parseJson(Buffer.from(text, "base64url").toString("utf8")));
      if (decoded.success) return decoded.data;
      ctx.addIssue({
        code: "custom",
        message: "cursor: not a cursor this API gave out (follow the Link header's rel=next)",
      });
      return z.NEVER;
    });
  const cursorOf = (value: z.output<Key>): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  return { Cursor, cursorOf };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Where the next page of a list ordered by slug (people, countries, organizations) starts: the last slug. */
export const slugCursor = keysetCursor(z.object({ slug: Slug }));
