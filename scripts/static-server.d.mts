// Types for static-server.mjs (plain ESM so that npm start runs on bare Node).
import type { Server } from "node:http";
export declare const canonicalPath: (rawPath: string) => { path: string } | { status: 400 };
export declare const redirectLocation: (path: string, query: string) => string;
export declare const createStaticServer: (options: { root: string; log?: (message: string) => void }) => Server;
