import { getTranslations } from "next-intl/server";
import type { Translate } from "@/lib/charts/describe/common";
import type { Locale } from "@/lib/schemas/common";

/** next-intl's translator, typed as the plain function lib/export expects. */
export const serverTranslate = async (locale: Locale): Promise<Translate> => {
  const t = await getTranslations({ locale });
  return (key, values) => t(key as never, values as never);
};
