import { config } from "zod/v4/core";

// zod 4 probes `new Function("")` when an object schema is *built*, to decide whether it may compile fast
// parsers. In the browser that probe is a CSP violation (we never allow 'unsafe-eval'), so every schema runs
// in zod's jitless mode. The setting lives in zod's core (shared by "zod" and "zod/mini") and must be set
// before the first schema is constructed: common.ts and the url-state modules import this module first.
config({ jitless: true });
