import type { NextConfig } from "next";

const config: NextConfig = {
  // Internal packages export TypeScript source; Next compiles them with the app.
  transpilePackages: ["@plenary/api", "@plenary/db", "@plenary/domain"],
  // node-postgres and Prisma's adapter load optional native modules at runtime: keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  poweredByHeader: false,
};

export default config;
