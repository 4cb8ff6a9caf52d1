import type { NextConfig } from "next";
import {
  API_CONTENT_SECURITY_POLICY,
  HSTS_HEADER,
  SECURITY_HEADERS,
  SERVED_OVER_HTTPS,
} from "./src/server/security-headers";

const config: NextConfig = {
  // Internal packages export TypeScript source; Next compiles them with the app.
  transpilePackages: ["@plenary/api", "@plenary/db", "@plenary/domain"],
  // node-postgres and Prisma's adapter load optional native modules at runtime: keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  poweredByHeader: false,
  // Pages get their Content-Security-Policy (with a per-request nonce) from src/proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/:path*", has: SERVED_OVER_HTTPS, headers: [HSTS_HEADER] },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }],
      },
    ];
  },
};

export default config;
