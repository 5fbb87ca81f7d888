// Types for request-limits.mjs (plain ESM so that the servers and postbuild run on bare Node).
export declare const urlStateLimit: number;
export declare const requestLineLimit: number;
export declare const headerBytesLimit: number;
export declare const bodyBytesLimit: number;
export declare const headerTimeoutMs: number;
export declare const keepAliveTimeoutMs: number;
export declare const errorStatuses: number[];
