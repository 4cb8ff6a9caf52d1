// Security headers. Pages get a per-request nonce in their CSP (set by the proxy); next.config.ts sets the rest.

/** The Content-Security-Policy of a page: scripts only from the admin itself and Next's nonce'd inline ones. */
export function pageContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; no stylesheet comes from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    // No <base>: an injected one would redirect every relative script and link.
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers for every response, pages and api alike. */
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * Strict-Transport-Security, only on responses that went out over https: server.ts sets X-Forwarded-Proto from the
 * socket, or from a trusted proxy's word (PLENARY_TRUSTED_PROXIES), never from the client's.
 */
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };
export const SERVED_OVER_HTTPS = [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }];

/** The api's responses are data, never documents: nothing may run or embed them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
