import { config } from "zod/v4/core";

// zod 4 probes `new Function("")` to decide whether it may compile fast parsers. In the browser that probe
// is a CSP violation (we never allow 'unsafe-eval'), so client-side parsing runs in zod's jitless mode.
// The setting lives in zod's core, shared by "zod" and "zod/mini". Import this module first in any
// lib/url-state module that runs in the browser.
config({ jitless: true });
