// Types for static-files.mjs (plain ESM so that the servers and postbuild run on bare Node).
export declare const mediaTypes: Record<string, string>;
export declare const defaultMediaType: string;
export declare const pathMediaTypes: { pattern: string; type: string }[];
export declare const textMediaTypes: string[];
export declare const mediaTypeOf: (path: string) => string;
export declare const isTextMediaType: (type: string) => boolean;
export declare const contentTypeOf: (path: string) => string;
export declare const precompressed: { encoding: string; extension: string }[];
export declare const compressMinBytes: number;
export declare const hiddenPathPattern: string;
export declare const isHiddenPath: (pathname: string) => boolean;
