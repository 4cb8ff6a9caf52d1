import { z } from "zod";
import { parseProxyTrust } from "./server/client-address";

// The only place in the app that reads process.env; @plenary/db reads its own connection settings.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** The port server.ts listens on (`--port` overrides it). */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3001),
  /** A PostgreSQL URL; without it @plenary/db uses the embedded server on 127.0.0.1:54329. */
  DATABASE_URL: z.url().optional(),
  /** Signs session cookies and encrypts TOTP secrets; `pnpm start` keeps one in the data directory. */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The admin's public address (e.g. https://admin.example.org); inferred from each request when unset. */
  BETTER_AUTH_URL: z.url().optional(),
  /**
   * Which proxies in front of the admin may say who the client is (X-Forwarded-For) and whether it came over https
   * (X-Forwarded-Proto): empty (the default) trusts none, so the socket's address counts; a number of hops; or a
   * comma-separated list of addresses or subnets. See server/client-address.ts.
   */
  PLENARY_TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine((value) => {
      try {
        parseProxyTrust(value);
        return true;
      } catch {
        return false;
      }
    }, "PLENARY_TRUSTED_PROXIES must be empty, a number of hops, or a comma-separated list of addresses or subnets"),
  /** The public site, for "View on site" links (the api also posts its revalidations there). */
  PLENARY_WEB_URL: z.url().optional(),
});

const parsed = EnvSchema.safeParse({
  NODE_ENV: process.env.NODE_ENV,
  PORT: process.env.PORT || undefined,
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || undefined,
  BETTER_AUTH_URL: process.env.BETTER_AUTH_URL || undefined,
  PLENARY_TRUSTED_PROXIES: process.env.PLENARY_TRUSTED_PROXIES || undefined,
  PLENARY_WEB_URL: process.env.PLENARY_WEB_URL || undefined,
});
if (!parsed.success) {
  throw new Error(`Invalid environment for @plenary/admin:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
