import { z } from "zod";

// The only place in the app that reads process.env; @plenary/db reads its own connection settings.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** A PostgreSQL URL; without it @plenary/db uses the embedded server on 127.0.0.1:54329. */
  DATABASE_URL: z.url().optional(),
  /** The site's public address, for absolute links in metadata, feeds, the sitemap and citations. */
  PUBLIC_SITE_URL: z.url().default("http://localhost:3000"),
  /** Shared with the admin: it authenticates POST /api/revalidate. Unset, the endpoint refuses every call. */
  PLENARY_REVALIDATE_SECRET: z.string().min(16).optional(),
  /** Redis shared by every web instance for the page cache (cache-handler.mjs); unset, each caches in memory. */
  REDIS_URL: z.url().optional(),
});

const parsed = EnvSchema.safeParse({
  NODE_ENV: process.env.NODE_ENV,
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  PUBLIC_SITE_URL: process.env.PUBLIC_SITE_URL || undefined,
  PLENARY_REVALIDATE_SECRET: process.env.PLENARY_REVALIDATE_SECRET || undefined,
  REDIS_URL: process.env.REDIS_URL || undefined,
});
if (!parsed.success) {
  throw new Error(`Invalid environment for @plenary/web:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
