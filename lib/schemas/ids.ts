// The schemas' plain constants, without zod. Code that runs in the browser (the path simulator and what it imports)
// takes its values from here: importing a value from common.ts would build every zod schema there at page load and
// ship zod (~32 KiB gzip) to the simulator. common.ts builds its schemas from these; types still come from zod there.

export const locales = ["vi", "en"] as const;

export const criterionIds = [
  "fiscalTransparency",
  "accessToInformation",
  "assetDisclosure",
  "citizenEngagement",
] as const;

/** An id: lowercase letters and digits in words joined by single hyphens ("vn-2017-end"). */
export const kebabIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The simulator's share-link state (lib/schemas/path-state.ts): how long an id may be, how many reforms it lists. */
export const pathStateLimits = { idMaxLength: 64, maxReforms: 32 } as const;
