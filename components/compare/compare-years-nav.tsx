import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/format/locale";
import type { Locale } from "@/lib/schemas/common";

/** Plain links to every data year of the compare chart: each is a static page, so they work without JavaScript. */
export async function CompareYearsNav({ years, current, latest, locale }: { years: ReadonlyArray<number>; current: number; latest: number; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "charts.compareComputed" });
  return (
    <nav aria-labelledby="compare-years" className="mt-4">
      <h2 id="compare-years" className="text-base font-semibold">{t("yearsNav")}</h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {[...years].reverse().map((year) => {
          const href = localePath(locale, year === latest ? "/compare/" : `/compare/${year}/`);
          // The visible year is the link's name; the words before it are for screen readers only.
          const label = (
            <>
              <span className="sr-only">{t("yearWord")} </span>
              {year === latest ? `${year} (${t("latest")})` : year}
            </>
          );
          return (
            <li key={year}>
              {year === current ? (
                <span aria-current="page" className="inline-block min-h-6 rounded border border-ink px-2 py-1 font-semibold">{label}</span>
              ) : (
                <Link prefetch={false} href={href} className="inline-block min-h-6 rounded border border-line px-2 py-1">{label}</Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
