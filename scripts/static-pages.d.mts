// Types for static-pages.mjs (plain ESM so that scripts/postbuild.mjs runs on bare Node).
export declare const withoutFrameworkScripts: (html: string, options?: { script?: string }) => { html: string; removed: number; enhanced: boolean };
