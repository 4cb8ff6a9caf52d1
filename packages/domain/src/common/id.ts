import { z } from "zod";

// Ids are minted by the database (Prisma's cuid()/cuid2). Accepting any "cuid-like" token rather than one exact
// generator keeps records from either generator valid, while still rejecting names or slugs passed by mistake.
export const Id = z.string().regex(/^[a-z][a-z0-9]{7,31}$/, {
  error: "Must be a record id (8–32 lowercase letters and digits, starting with a letter)",
});
export type Id = z.infer<typeof Id>;
