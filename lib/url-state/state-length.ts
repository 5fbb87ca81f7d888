import { urlStateLimit } from "../../config/request-limits.mjs";

/** Characters of state an address carries: its query string after "?", as the address writes it (percent-encoded). */
export const stateLength = (search: string) => (search.startsWith("?") ? search.length - 1 : search.length);

/** A query longer than the one limit (config/request-limits.mjs) is not read at all: no link the site makes is that long. */
export const exceedsStateLimit = (search: string) => stateLength(search) > urlStateLimit;
