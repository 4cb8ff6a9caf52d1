import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const config: NextConfig = {
  // Internal packages export TypeScript source; Next compiles them with the app.
  transpilePackages: ["@plenary/api", "@plenary/db", "@plenary/domain"],
  // node-postgres and Prisma's adapter load optional native modules at runtime: keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  poweredByHeader: false,
  experimental: {
    // Cached pages live in memory only. Tag revalidations are not written to disk either, so a cache kept on disk
    // would come back after a restart without them: a page changed while the site was down would stay stale.
    isrFlushToDisk: false,
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(config);
