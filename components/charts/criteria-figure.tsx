import { scaleLinear } from "d3-scale";
import { getTranslations } from "next-intl/server";
import { serverTranslate } from "@/components/export/server-translate";
import { criteriaTable } from "@/lib/export/chart-tables";
import { markKindOfBasis } from "@/lib/charts/mark-kind";
import { pick } from "@/lib/format/localized";
import type { Assessment } from "@/lib/schemas/assessment";
import { criterionIds, type Locale } from "@/lib/schemas/common";
import { POINTS_PER_CRITERION } from "@/lib/scoring/score-assessment";
import { ChartLegend } from "./chart-legend";
import { ChartPatterns } from "./chart-patterns";
import { FigureFrame } from "./figure-frame";
import { markFill } from "./mark-style";

const box = { width: 360, rowHeight: 46, top: 8, left: 8, right: 44 };

/** The four criteria of one assessment, each out of 4; "no data" is a hollow dashed row, never a zero-length bar. */
export async function CriteriaFigure({ assessment, locale, id = "criteria", actions, headingLevel }: { assessment: Assessment; locale: Locale; id?: string; actions?: React.ReactNode; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale });
  const height = box.top + criterionIds.length * box.rowHeight + 18;
  const x = scaleLinear().domain([0, POINTS_PER_CRITERION]).range([box.left, box.width - box.right]);
  const rows = criterionIds.map((criterion, index) => ({ criterion, score: assessment.criteria[criterion], y: box.top + index * box.rowHeight }));
  const valueText = (score: Assessment["criteria"][keyof Assessment["criteria"]]) =>
    score.points !== null
      ? t("common.pointsOutOf", { points: score.points, outOf: POINTS_PER_CRITERION })
      : score.possible
        ? t("common.pointsRange", { min: Math.min(...score.possible), max: Math.max(...score.possible), outOf: POINTS_PER_CRITERION })
        : t("common.noData");
  const summary = t("charts.criteria.summary", {
    label: pick(assessment.label, locale),
    items: rows.map(({ criterion, score }) => `${t(`criteria.${criterion}`)}: ${valueText(score)} (${t(`basis.${score.basis}`)})`).join("; "),
  });
  const title = t("charts.criteria.title");
  return (
    <FigureFrame
      id={id}
      title={title}
      subtitle={t("charts.criteria.subtitle", { label: pick(assessment.label, locale) })}
      summary={summary}
      sourceIds={[...assessment.sources, ...criterionIds.flatMap((criterion) => assessment.criteria[criterion].sources)]}
      table={criteriaTable(assessment, { locale, t: await serverTranslate(locale) })}
      locale={locale}
      actions={actions}
      headingLevel={headingLevel}
      legend={<ChartLegend id={id} kinds={rows.map(({ score }) => markKindOfBasis(score.basis))} locale={locale} />}
    >
      <svg viewBox={`0 0 ${box.width} ${height}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="h-auto w-full" data-chart={`${id}-svg`}>
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{summary}</desc>
        <ChartPatterns id={`${id}-svg`} />
        <g aria-hidden="true">
          {rows.map(({ criterion, score, y }) => {
            const kind = markKindOfBasis(score.basis);
            return (
              <g key={criterion} data-criterion={criterion} data-kind={kind} data-value={score.points ?? ""}>
                <text x={box.left} y={y + 12} fontSize="12" fontWeight={600} style={{ fill: "var(--ink)" }}>
                  {t(`criteria.${criterion}`)}
                </text>
                <rect x={x(0)} y={y + 18} width={x(POINTS_PER_CRITERION) - x(0)} height={16} style={{ fill: "var(--panel)", stroke: "var(--line)" }} />
                {[1, 2, 3].map((tick) => (
                  <line key={tick} x1={x(tick)} x2={x(tick)} y1={y + 18} y2={y + 34} style={{ stroke: "var(--line)" }} />
                ))}
                {score.points === null && score.possible ? (
                  // A computed range: solid up to what every reading gives, an interval for what only some give.
                  <>
                    {Math.min(...score.possible) > 0 && <rect x={x(0)} y={y + 18} width={x(Math.min(...score.possible)) - x(0)} height={16} style={markFill(kind, `${id}-svg`)} />}
                    <rect x={x(Math.min(...score.possible))} y={y + 18} width={x(Math.max(...score.possible)) - x(Math.min(...score.possible))} height={16} style={{ ...markFill(kind, `${id}-svg`), fillOpacity: 0.15, strokeDasharray: "4 2" }} data-range={`${Math.min(...score.possible)}-${Math.max(...score.possible)}`} />
                  </>
                ) : score.points === null ? (
                  <rect x={x(0)} y={y + 18} width={x(POINTS_PER_CRITERION) - x(0)} height={16} style={markFill("nodata", `${id}-svg`)} />
                ) : (
                  score.points > 0 && <rect x={x(0)} y={y + 18} width={x(score.points) - x(0)} height={16} style={markFill(kind, `${id}-svg`)} />
                )}
                {score.points === null && score.possible ? (
                  <text x={box.width - box.right + 6} y={y + 30} fontSize="13" fontWeight={700} style={{ fill: "var(--ink)" }}>
                    {`${Math.min(...score.possible)}–${Math.max(...score.possible)}`}
                  </text>
                ) : score.points === null ? (
                  // "No data" is written inside the hollow track, where it has room in both languages.
                  <text x={(x(0) + x(POINTS_PER_CRITERION)) / 2} y={y + 30} textAnchor="middle" fontSize="11" fontStyle="italic" style={{ fill: "var(--muted)" }}>
                    {t("common.noData")}
                  </text>
                ) : (
                  <text x={box.width - box.right + 6} y={y + 30} fontSize="13" fontWeight={700} style={{ fill: "var(--ink)" }}>
                    {`${score.points}/${POINTS_PER_CRITERION}`}
                  </text>
                )}
              </g>
            );
          })}
          {[0, 1, 2, 3, 4].map((tick) => (
            <text key={tick} x={x(tick)} y={height - 4} textAnchor="middle" fontSize="11" style={{ fill: "var(--muted)" }}>
              {tick}
            </text>
          ))}
        </g>
      </svg>
    </FigureFrame>
  );
}
