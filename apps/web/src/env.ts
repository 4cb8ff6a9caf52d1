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
  /**
   * Without REDIS_URL: the memory (MB) the instance's own page cache may take; the least recently used pages are
   * dropped first and rendered again when next asked for. Next's default, 50, holds about 200 meeting pages of the
   * generated archive's size (a page and its payload), a small part of a real archive.
   */
  PLENARY_PAGE_CACHE_MB: z.coerce.number().int().min(1).max(65_536).default(50),
  /**
   * Where the bulk exports (Popolo JSON and CSV of everything published) are written after each publication and
   * served from; every instance of the site must see the same directory. Default: .plenary/exports in the checkout.
   */
  PLENARY_EXPORTS_DIR: z.string().min(1).optional(),
  /** How many days an export version stays downloadable after a newer one replaces it. */
  PLENARY_EXPORTS_RETENTION_DAYS: z.coerce.number().positive().default(7),
  /** "0": do not write the bulk exports when the site starts (only after publications), e.g. while benchmarking. */
  PLENARY_EXPORTS_ON_START: z.enum(["0", "1"]).default("1"),
  /**
   * The pause (seconds) between the end of one regeneration of the bulk exports and the start of the next: a quiet
   * site's publication is in the files at once, a busy one's within this time plus a regeneration or two, and a
   * stream of saves cannot keep an instance regenerating without pause.
   */
  PLENARY_EXPORTS_MIN_INTERVAL_SECONDS: z.coerce.number().min(0).max(86_400).default(60),
});

const parsed = EnvSchema.safeParse({
  NODE_ENV: process.env.NODE_ENV,
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  PUBLIC_SITE_URL: process.env.PUBLIC_SITE_URL || undefined,
  PLENARY_REVALIDATE_SECRET: process.env.PLENARY_REVALIDATE_SECRET || undefined,
  REDIS_URL: process.env.REDIS_URL || undefined,
  PLENARY_PAGE_CACHE_MB: process.env.PLENARY_PAGE_CACHE_MB || undefined,
  PLENARY_EXPORTS_DIR: process.env.PLENARY_EXPORTS_DIR || undefined,
  PLENARY_EXPORTS_RETENTION_DAYS: process.env.PLENARY_EXPORTS_RETENTION_DAYS || undefined,
  PLENARY_EXPORTS_ON_START: process.env.PLENARY_EXPORTS_ON_START || undefined,
  PLENARY_EXPORTS_MIN_INTERVAL_SECONDS: process.env.PLENARY_EXPORTS_MIN_INTERVAL_SECONDS || undefined,
});
if (!parsed.success) {
  throw new Error(`Invalid environment for @plenary/web:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
