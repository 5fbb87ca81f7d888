import { getTranslations } from "next-intl/server";
import { LabelledCell } from "@/components/layout/labelled-cell";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { rangeReasons } from "@/components/score/computed-reasons";
import { formatPointRange, formatPossible } from "@/lib/format/possible-points";
import type { ComputedYear } from "@/lib/schemas/computed";
import { criterionIds, type Locale } from "@/lib/schemas/common";

/** Vietnam by data year: inputs → points per criterion → total range, and why each range is one. */
export async function ComputedYears({ years, locale }: { years: ReadonlyArray<ComputedYear>; locale: Locale }) {
  if (years.length === 0) return null;
  const t = await getTranslations({ locale });
  const first = years[0];
  return (
    <section aria-labelledby="computed" className="mt-8" id="computed-section">
      <h2 id="computed" className="text-xl font-bold">{t("engine.computedTitle")}</h2>
      <p className="mt-2 max-w-prose">{t("engine.computedIntro")}</p>
      <p className="mt-2 max-w-prose text-sm">{first.conflict ? t("engine.conflict") : t("engine.combinations", { surviving: first.combinations.surviving, total: first.combinations.total })}</p>
      <ScrollRegion label={t("engine.computedTableCaption")} className="mt-3">
        <table className="stack-table w-full border-collapse text-left text-sm tabular" data-testid="computed-years">
          <caption className="sr-only">{t("engine.computedTableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-line px-2 py-1">{t("engine.columns.year")}</th>
              {criterionIds.map((criterion) => (
                <th key={criterion} scope="col" className="border-b border-line px-2 py-1">{t(`criteria.${criterion}`)}</th>
              ))}
              <th scope="col" className="border-b border-line px-2 py-1">{t("engine.columns.total")}</th>
              <th scope="col" className="border-b border-line px-2 py-1">{t("engine.columns.verdict")}</th>
              <th scope="col" className="border-b border-line px-2 py-1">{t("engine.columns.why")}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => {
              const reasons = rangeReasons(year, t);
              return (
                <tr key={year.dataYear} className="border-b border-line align-top" data-year={year.dataYear}>
                  <th scope="row" className="px-2 py-1 font-semibold">
                    {year.dataYear}
                    <span className="block text-xs font-normal text-muted">{t("engine.columns.rules")} {year.ruleVersion}</span>
                  </th>
                  {criterionIds.map((criterion) => {
                    const values = year.criteria[criterion].possible.filter((value): value is number => value !== null);
                    return (
                      <LabelledCell key={criterion} label={t(`criteria.${criterion}`)} className="px-2 py-1" data-criterion={criterion}>
                        {values.length === 0 ? <span className="italic text-muted">{t("basis.not-measured")}</span> : formatPossible(values, locale)}
                      </LabelledCell>
                    );
                  })}
                  <LabelledCell label={t("engine.columns.total")} className="whitespace-nowrap px-2 py-1 font-semibold" data-total={`${year.total.min}-${year.total.max}`}>
                    {formatPointRange(year.total)}/{year.applicable.max}
                  </LabelledCell>
                  <LabelledCell label={t("engine.columns.verdict")} className="px-2 py-1">{t(`eligibility.${year.eligibility}`)}</LabelledCell>
                  <LabelledCell label={t("engine.columns.why")} wide className="px-2 py-1">{reasons.length > 0 ? reasons.join("; ") : <span className="text-muted">{t("engine.exact")}</span>}</LabelledCell>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
