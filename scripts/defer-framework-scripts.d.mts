// Types for defer-framework-scripts.mjs (plain ESM so that scripts/postbuild.mjs runs on bare Node).
export declare const presenceEvents: string[];
export declare const scriptLoader: (sources: string[]) => string;
export declare const deferFrameworkScripts: (html: string) => { html: string; deferred: number; sources: string[] };
