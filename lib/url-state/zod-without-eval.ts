import { z } from "zod";

// zod 4 probes `new Function("")` to decide whether it may compile fast parsers. In the browser that probe
// is a CSP violation (we never allow 'unsafe-eval'), so client-side parsing runs in zod's jitless mode.
// Import this module first in any lib/url-state module that runs in the browser.
z.config({ jitless: true });
