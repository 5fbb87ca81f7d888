import { defineRouting } from "next-intl/routing";
import { locales } from "@/lib/schemas/common";

// Static export: no middleware, so every URL carries its locale and nothing negotiates it on a server.
export const routing = defineRouting({ locales, defaultLocale: "vi", localePrefix: "always", localeDetection: false });
