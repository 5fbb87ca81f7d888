import type { Locale } from "../schemas/common";
import { locales } from "../schemas/ids";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (locales as ReadonlyArray<string>).includes(value);
export const otherLocale = (locale: Locale): Locale => (locale === "vi" ? "en" : "vi");
/** "/criteria/asset-disclosure/" in "en" → "/en/criteria/asset-disclosure/". Paths always end in "/". */
export const localePath = (locale: Locale, path = "/") => `/${locale}${path.startsWith("/") ? path : `/${path}`}`;
