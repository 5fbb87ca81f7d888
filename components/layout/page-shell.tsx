import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ShareStateRegion } from "@/components/export/share-state-region";
import { site } from "@/config/site";
import { loadDataset } from "@/lib/data/read-dataset";
import { formatPartialDate } from "@/lib/format/partial-date";
import { localePath, otherLocale } from "@/lib/format/locale";
import type { Locale } from "@/lib/schemas/common";

const navItems = [
  { key: "home", path: "/" },
  { key: "criteria", path: "/criteria/fiscal-transparency/" },
  { key: "path", path: "/path/" },
  { key: "timeline", path: "/timeline/" },
  { key: "compare", path: "/compare/" },
  { key: "methodology", path: "/methodology/" },
  { key: "data", path: "/data/" },
] as const;

/** Header, navigation, language switch and footer; `path` is the page's path without the locale, so the switch keeps the page. */
/** `ownUrlState`: the page reads its query string itself (the path simulator), so the share-link notice stays out of it. */
export async function PageShell({ locale, path, current, ownUrlState = false, children }: { locale: Locale; path: string; current?: (typeof navItems)[number]["key"]; ownUrlState?: boolean; children: ReactNode }) {
  const t = await getTranslations({ locale });
  const { release } = loadDataset();
  const switchTo = otherLocale(locale);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-paper focus:p-2">
        {t("site.skipToContent")}
      </a>
      <header className="border-b border-line bg-panel">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link prefetch={false} href={localePath(locale)} className="text-lg font-bold text-ink no-underline">
            {t("site.name")}
          </Link>
          <a href={localePath(switchTo, path)} hrefLang={switchTo} lang={switchTo} title={t("site.languageSwitchLabel")} className="rounded border border-line px-2 py-1 text-sm">
            {t("site.languageSwitch")}
          </a>
        </div>
        <nav aria-label={t("site.primaryNav")} className="mx-auto max-w-5xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {navItems.map((item) => (
              <li key={item.key}>
                <Link prefetch={false} href={localePath(locale, item.path)} aria-current={current === item.key ? "page" : undefined} className={current === item.key ? "font-semibold text-ink" : undefined}>
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {!ownUrlState && <ShareStateRegion locale={locale} />}
        {children}
      </main>
      <footer className="mt-10 border-t border-line bg-panel">
        <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-muted">
          <p>{t("footer.dataAsOf", { date: formatPartialDate(release.publishedOn, locale), release: release.id })}</p>
          <p>{t("footer.sources")}</p>
          <p>{t("footer.licence", { licence: site.licence.name })}</p>
          <p>{t("footer.noTracking")}</p>
        </div>
      </footer>
    </>
  );
}
