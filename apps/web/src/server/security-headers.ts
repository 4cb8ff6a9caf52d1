// Security headers of every response of the public site, set in next.config.ts. The pages are cached and shared by
// every reader, so their policy is one fixed string: no per-request nonce (which would force rendering per request).

/**
 * The public site's Content-Security-Policy. Next's App Router writes the page's React Server Components payload as
 * inline scripts (self.__next_f.push(…)) whose contents change with every page and every publish: without a nonce
 * they can only be allowed by 'unsafe-inline' (hashes would have to be recomputed for every cached page). What
 * keeps that safe is what the policy leaves out: no 'unsafe-eval', no host but the site itself, no plugins
 * (object-src 'none'), no <base> to redirect relative script URLs, forms only to the site, no framing.
 */
export const PUBLIC_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  // No scheme-wide source such as data: (the site shows no inline images): an injected <img src="data:…"> is refused,
  // and no header value holds a ":", which Next would compile as a path pattern on every response it serves.
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** On every response of the site: pages, the JSON API, feeds and exports. */
export const PUBLIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: PUBLIC_CONTENT_SECURITY_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Links out to sources tell them the site, not the page the reader was on.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * Strict-Transport-Security, only on responses that went out over https (as the proxy in front says in
 * X-Forwarded-Proto): browsers ignore it over plain http anyway, and a local http server should not claim it.
 */
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };
export const SERVED_OVER_HTTPS = [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }];
