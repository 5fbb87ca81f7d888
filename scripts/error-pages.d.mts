// Types for error-pages.mjs (plain ESM so that postbuild runs on bare Node).
type ErrorTexts = { home: string } & Record<string, { title: string; body: string } | string>;
export declare const renderErrorPage: (status: number, messages: { vi: { errorPage: ErrorTexts }; en: { errorPage: ErrorTexts } }) => string;
