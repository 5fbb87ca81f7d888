// Types for site-origin.mjs (plain ESM so that the build scripts run on bare Node).
export declare const LOCAL_ORIGIN: string;
export declare const TEST_ORIGIN: string;
export declare class SiteOriginError extends Error {}
export declare const parseSiteOrigin: (value: string) => string;
export declare const isPlaceholderOrigin: (origin: string) => boolean;
export declare const resolveBuildOrigin: (input: { argv?: string[]; env?: Record<string, string | undefined> }) => { origin: string; mode: "test" | "local" | "deploy" | "custom" };
