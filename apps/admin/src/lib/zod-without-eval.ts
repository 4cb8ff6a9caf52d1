import { z } from "zod";

// The admin's Content-Security-Policy has no 'unsafe-eval'. Zod probes for eval (`new Function`) the first time it
// parses an object in the browser, to compile a faster parser; the blocked probe is reported as a CSP violation (the
// trash screen showed one). Jitless parsing never probes. Imported first by the provider every admin page loads.
z.config({ jitless: true });
