import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import { pick } from "@/lib/format/localized";
import type { Locale } from "@/lib/schemas/common";
import type { Reform } from "@/lib/schemas/reform";

/**
 * What a reform changes, the rule that gives its points (with sources), how far it is today (with sources), and its
 * caveat. `progress` is the progress as the page's start reads it (progressShown), when that differs from the data's.
 */
export async function ReformDetails({ reform, locale, progress = reform.progress }: { reform: Reform; locale: Locale; progress?: Reform["progress"] }) {
  const t = await getTranslations({ locale, namespace: "path" });
  return (
    <dl className="mt-2 space-y-1 text-sm" data-reform-details={reform.id}>
      <div>
        <dt className="inline font-semibold">{t("whatChanges")}: </dt>
        <dd className="inline">{pick(reform.change, locale)}</dd>
      </div>
      <div>
        <dt className="inline font-semibold">{t("rule")}: </dt>
        <dd className="inline">{pick(reform.rule, locale)}</dd>
        <dd>
          <SourceLinks ids={reform.ruleSources} locale={locale} label={t("ruleSources")} />
        </dd>
      </div>
      <div>
        <dt className="inline font-semibold">{t("progressTitle")}: </dt>
        <dd className="inline" data-progress={progress}>
          <strong>{t(`progress.${progress}`)}.</strong> {pick(reform.progressNote, locale)}
        </dd>
        <dd>
          <SourceLinks ids={reform.progressSources} locale={locale} label={t("progressSources")} />
        </dd>
      </div>
      {reform.caveat && (
        <div>
          <dt className="inline font-semibold">{t("caveat")}: </dt>
          <dd className="inline">{pick(reform.caveat, locale)}</dd>
        </div>
      )}
    </dl>
  );
}
