// Types for security-headers.mjs (plain ESM so that scripts/serve.mjs and scripts/postbuild.mjs run on bare Node).
export type HeaderMap = Record<string, string>;
export declare const isEmbedPath: (pathname: string) => boolean;
export declare const isImmutablePath: (pathname: string) => boolean;
export declare const baseHeaders: HeaderMap;
export declare const cspFor: (pathname: string, scriptHashes?: string[]) => string;
export declare const pageHeaders: (pathname: string, scriptHashes?: string[]) => HeaderMap;
export declare const headersFor: (pathname: string, options?: { scriptHashes?: string[] }) => HeaderMap;
export declare const inlineScriptHashes: (html: string) => string[];
export declare const routesOfFile: (relativeFile: string) => string[];
export declare const headersFileLimits: { rules: number; lineLength: number };
/** `problems` lists what Cloudflare Pages would reject (too many rules, too long lines). */
export declare const renderHeadersFile: (hashesByFile: Record<string, string[]>) => { text: string; problems: string[] };
export declare const renderNginxConf: (hashesByFile: Record<string, string[]>) => { maps: string; headers: string };
