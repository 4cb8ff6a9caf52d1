import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { HSTS_HEADER, PUBLIC_SECURITY_HEADERS, SERVED_OVER_HTTPS } from "./src/server/security-headers";

const config: NextConfig = {
  // Internal packages export TypeScript source; Next compiles them with the app.
  transpilePackages: ["@plenary/api", "@plenary/db", "@plenary/domain"],
  // node-postgres and Prisma's adapter load optional native modules at runtime: keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  poweredByHeader: false,
  // Security headers on every response; the same for every reader, so cached pages can carry them.
  async headers() {
    return [
      { source: "/:path*", headers: PUBLIC_SECURITY_HEADERS },
      { source: "/:path*", has: SERVED_OVER_HTTPS, headers: [HSTS_HEADER] },
    ];
  },
  experimental: {
    // Cached pages live in memory only. Tag revalidations are not written to disk either, so a cache kept on disk
    // would come back after a restart without them: a page changed while the site was down would stay stale.
    isrFlushToDisk: false,
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(config);
