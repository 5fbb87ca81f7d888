import { getTranslations } from "next-intl/server";
import type { ChartDescription } from "@/lib/charts/description";
import { figureQuote, quotedMarks } from "@/lib/export/figure-quote";
import type { Locale } from "@/lib/schemas/common";
import { CopyButton } from "./copy-button";
import { serverTranslate } from "./server-translate";

type Props = { chart: string; description: ChartDescription; locale: Locale; releasedOn: string; url: string; summaryClass: string };

/** "Quote this figure": one ready sentence (figure, date, kind, site, release, link) and a button that copies it. */
export async function QuoteFigure({ chart, description, locale, releasedOn, url, summaryClass }: Props) {
  const t = await getTranslations({ locale });
  const quote = figureQuote({ description, locale, t: await serverTranslate(locale), site: t("site.name"), releasedOn, url });
  if (quote === null) return null;
  const id = `${chart}-quote`;
  return (
    <details className="w-full sm:w-auto" data-quote-dialog={chart}>
      <summary className={summaryClass}>{t("quote.summary")}</summary>
      <div className="mt-2 max-w-prose space-y-2 rounded border border-line bg-panel p-3">
        <p className="text-muted">{t("quote.intro")}</p>
        <blockquote id={id} className="rounded border border-line bg-paper p-2 break-words text-ink" data-figure-quote={chart} data-quote-values={quotedMarks(description).map((mark) => mark.valueText).join("|")} lang={locale}>
          {quote}
        </blockquote>
        <CopyButton text={quote} label={t("quote.copy")} describedBy={id} copiedLabel={t("share.copied")} failedLabel={t("share.copyFailed")} />
      </div>
    </details>
  );
}
