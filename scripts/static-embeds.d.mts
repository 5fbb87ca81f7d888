// Types for static-embeds.mjs (plain ESM so that scripts/postbuild.mjs runs on bare Node).
export declare const withoutFrameworkScripts: (html: string) => { html: string; removed: number };
