import type { ChartDescription, Mark, MarkStatus } from "../charts/description";
import { formatPartialDate } from "../format/partial-date";
import type { Locale } from "../schemas/common";
import type { Translate } from "../charts/describe/common";

// A year on its own ("2025") stands for the whole year, so it sorts after any date inside that year.
const sortableDate = (mark: Mark) => (mark.dateEnd ?? mark.date ?? "").padEnd(10, "~");

/**
 * The figures a one-sentence quote names: the newest measured figures of the chart's subject (its emphasised rows,
 * e.g. Vietnam among its neighbours), never a projection, a scenario or "no data". Several when they share that date
 * (the four criteria of one year, the two EIU scores of one edition).
 */
export const quotedMarks = (description: ChartDescription): Mark[] => {
  const measured = description.marks.filter((mark) => mark.value !== null && mark.status !== "nodata" && mark.status !== "projection" && mark.status !== "scenario");
  const emphasised = measured.filter((mark) => mark.emphasis);
  const pool = emphasised.length > 0 ? emphasised : measured;
  const newest = pool.reduce<string | null>((latest, mark) => (latest === null || sortableDate(mark) > latest ? sortableDate(mark) : latest), null);
  return pool.filter((mark) => sortableDate(mark) === newest);
};

export type FigureQuoteInput = {
  description: ChartDescription;
  locale: Locale;
  t: Translate;
  /** The site's name as readers know it. */
  site: string;
  /** The data release's publication date (ISO). */
  releasedOn: string;
  /** The absolute address of the chart on its page. */
  url: string;
};

// "Ngưỡng 12/16 (75%)" starts a legend entry; inside the sentence it follows a semicolon.
const lowerFirst = (text: string, locale: Locale) => text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);

/** A figure with its date unless its name already says the year ("năm 2025", "2023") or the group gives it once. */
const quotedFigure = (mark: Mark, locale: Locale, t: Translate, dateSaidOnce: boolean) => {
  const date = mark.dateEnd ?? mark.date;
  if (dateSaidOnce) return t("quote.figureBare", { name: mark.name, value: mark.valueText });
  const named = date === null || mark.name.includes(date.slice(0, 4));
  return named ? t("quote.figure", { name: mark.name, value: mark.valueText }) : t("quote.figureDated", { name: mark.name, date: formatPartialDate(date, locale), value: mark.valueText });
};

/**
 * "Title — 2025: 8–12/16 (computed by applying OGP's rules …); bar 12/16. Source: site, data release of …, link": one
 * sentence a journalist can paste, with the figure, its date, what kind of figure it is, the bar where the chart has
 * one, the site, the release and the link. Returns null for a chart with nothing measured to quote.
 */
export const figureQuote = ({ description, locale, t, site, releasedOn, url }: FigureQuoteInput): string | null => {
  const marks = quotedMarks(description);
  if (marks.length === 0) return null;
  const statuses = [...new Set(marks.map((mark) => mark.status))] as MarkStatus[];
  // Several figures of one date (the four criteria of 2025): the date once, before them.
  const dates = [...new Set(marks.map((mark) => mark.dateEnd ?? mark.date))];
  const sharedDate = marks.length > 1 && dates.length === 1 && dates[0] !== null && !marks.some((mark) => mark.name.includes(dates[0]!.slice(0, 4))) ? dates[0] : null;
  const listed = (list: ReadonlyArray<Mark>) => list.map((mark) => quotedFigure(mark, locale, t, sharedDate !== null)).join("; ");
  // One status for all: say it once at the end; otherwise after each figure.
  const said =
    statuses.length === 1
      ? t("quote.withStatus", { figures: listed(marks), status: t(`quote.status.${statuses[0]}`) })
      : marks.map((mark) => t("quote.withStatus", { figures: listed([mark]), status: t(`quote.status.${mark.status}`) })).join("; ");
  const dated = sharedDate === null ? said : t("quote.dated", { date: formatPartialDate(sharedDate, locale), figures: said });
  const figures = description.threshold ? t("quote.withThreshold", { figures: dated, threshold: lowerFirst(description.threshold.label, locale) }) : dated;
  return t("quote.sentence", { title: description.title, figures, site, release: formatPartialDate(releasedOn, locale), url });
};
