import { z } from "zod";

// The only place in the app that reads process.env; @plenary/db reads its own connection settings.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** A PostgreSQL URL; without it @plenary/db uses the embedded server on 127.0.0.1:54329. */
  DATABASE_URL: z.url().optional(),
  /** Signs session cookies and encrypts TOTP secrets; `pnpm start` keeps one in the data directory. */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The admin's public address (e.g. https://admin.example.org); inferred from each request when unset. */
  BETTER_AUTH_URL: z.url().optional(),
  /** The public site, for "View on site" links (the api also posts its revalidations there). */
  PLENARY_WEB_URL: z.url().optional(),
});

const parsed = EnvSchema.safeParse({
  NODE_ENV: process.env.NODE_ENV,
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || undefined,
  BETTER_AUTH_URL: process.env.BETTER_AUTH_URL || undefined,
  PLENARY_WEB_URL: process.env.PLENARY_WEB_URL || undefined,
});
if (!parsed.success) {
  throw new Error(`Invalid environment for @plenary/admin:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
