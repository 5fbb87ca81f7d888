import { getTranslations } from "next-intl/server";
import { exportPaths } from "@/lib/export/export-paths";
import type { Locale } from "@/lib/schemas/common";

/** The one-page A4 brief (built after the pages by scripts/build-brief.tsx), as a plain download link. */
export async function BriefLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "brief" });
  return (
    <section aria-labelledby="brief-title" className="no-print max-w-prose rounded-lg border border-line bg-panel p-3" data-testid="brief-link">
      <h2 id="brief-title" className="text-lg font-bold">
        {t("linkTitle")}
      </h2>
      <p className="mt-1">
        <a href={exportPaths.brief(locale)} download type="application/pdf" hrefLang={locale} className="font-semibold" data-brief={locale}>
          {t("link")}
        </a>
      </p>
      <p className="mt-1 text-sm text-muted">{t("linkNote")}</p>
    </section>
  );
}
