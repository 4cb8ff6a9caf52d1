import { z } from "zod";

// Zod compiles object parsers with `new Function` after probing whether eval is allowed; under the site's
// Content-Security-Policy (no 'unsafe-eval') that probe is blocked and reported as a violation on every page.
// Imported first by the client components that load @plenary/domain, so the probe never runs in the browser.
z.config({ jitless: true });
