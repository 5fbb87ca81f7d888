// Types for security-headers.mjs (plain ESM so that scripts/serve.mjs and scripts/postbuild.mjs run on bare Node).
export type HeaderMap = Record<string, string>;
export declare const isEmbedPath: (pathname: string) => boolean;
export declare const isImmutablePath: (pathname: string) => boolean;
export declare const baseHeaders: HeaderMap;
export declare const cspFor: (pathname: string, scriptHashes?: string[]) => string;
export declare const pageHeaders: (pathname: string, scriptHashes?: string[]) => HeaderMap;
export declare const headersFor: (pathname: string, options?: { scriptHashes?: string[] }) => HeaderMap;
export declare const hstsHeaders: (origin: string | undefined) => HeaderMap;
export declare const notFoundRoute: string;
export declare const hashesByRoute: (hashesByFile: Record<string, string[]>) => Record<string, string[]>;
export declare const headersForUri: (uri: string, options: { routes: Record<string, string[]>; origin?: string }) => HeaderMap;
export declare const nginxMapHashSizes: (keys: string[], pointerSize?: number) => { bucketSize: number; maxSize: number };
export declare const inlineScriptHashes: (html: string) => string[];
export declare const routesOfFile: (relativeFile: string) => string[];
export declare const headersFileLimits: { rules: number; lineLength: number };
/** `problems` lists what Cloudflare Pages would reject (too many rules, too long lines). */
export declare const renderHeadersFile: (
  hashesByFile: Record<string, string[]>,
  options?: { origin?: string; extraRules?: { path: string; headers: HeaderMap }[] },
) => { text: string; problems: string[] };
export type StaticFilesConfig = {
  mediaTypes: Record<string, string>;
  defaultMediaType: string;
  textMediaTypes: string[];
  pathMediaTypes: { pattern: string; type: string }[];
  compressMinBytes: number;
  hiddenPathPattern: string;
};
/** `files` is undefined unless options.files is given. */
export declare const renderNginxConf: (hashesByFile: Record<string, string[]>, options?: { origin?: string; files?: StaticFilesConfig }) => { maps: string; headers: string; files: string | undefined };
