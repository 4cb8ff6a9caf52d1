import { LOCALES } from "@plenary/domain";
import type { NextConfig } from "next";
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./src/env";
import { pageCacheConfig } from "./src/server/page-cache-config";
import { HSTS_HEADER, PUBLIC_SECURITY_HEADERS, SERVED_OVER_HTTPS } from "./src/server/security-headers";

const config: NextConfig = {
  // Internal packages export TypeScript source; Next compiles them with the app.
  transpilePackages: ["@plenary/api", "@plenary/db", "@plenary/domain"],
  // node-postgres and Prisma's adapter load optional native modules at runtime: keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  poweredByHeader: false,
  // Shared through Redis with REDIS_URL, else in this instance's memory (src/server/page-cache-config.ts).
  ...pageCacheConfig(env, fileURLToPath(new URL("./cache-handler.mjs", import.meta.url))),
  // Security headers on every response; the same for every reader, so cached pages can carry them.
  async headers() {
    return [
      { source: "/:path*", headers: PUBLIC_SECURITY_HEADERS },
      { source: "/:path*", has: SERVED_OVER_HTTPS, headers: [HSTS_HEADER] },
      // Each page's language in HTTP too. The shell Next serves for a page that calls notFound() takes its <html lang>
      // from this header (patches/next@16.4.6.patch); without it that shell had none.
      ...LOCALES.map((locale) => ({
        source: `/${locale}/:path*`,
        headers: [{ key: "Content-Language", value: locale }],
      })),
    ];
  },
  experimental: {
    // Cached pages live in memory only. Tag revalidations are not written to disk either, so a cache kept on disk
    // would come back after a restart without them: a page changed while the site was down would stay stale.
    isrFlushToDisk: false,
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(config);
