// Types for build-enhance.mjs (plain ESM so that scripts/postbuild.mjs runs on bare Node).
export declare const enhanceScriptPath: string;
export declare const enhanceScriptMaxGzipBytes: number;
export declare const buildEnhanceScript: (root: string) => Promise<number>;
