// Types for preload-fonts.mjs (plain ESM so that scripts/postbuild.mjs runs on bare Node).
export declare const interFiles: (mediaFiles: string[]) => { latin?: string; vietnamese?: string };
export declare const withFontPreloads: (html: string, files: { latin?: string; vietnamese?: string }) => string;
