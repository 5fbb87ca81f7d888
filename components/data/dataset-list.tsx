import { getTranslations } from "next-intl/server";
import type { Dataset } from "@/lib/schemas/dataset";
import type { Locale } from "@/lib/schemas/common";

/** Each file in data/, what it holds and how many records. */
export async function DatasetList({ dataset, locale }: { dataset: Dataset; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "dataPage" });
  const files = [
    { file: "assessments.json", count: dataset.assessments.length },
    { file: "rules.json", count: dataset.rules.length },
    { file: "sources.json", count: dataset.sources.length },
    { file: "inputs.json", count: dataset.inputs.openBudgetSurvey.length + dataset.inputs.democracyIndex.length + dataset.inputs.rtiRating.length + dataset.inputs.laws.length },
    { file: "timeline.json", count: dataset.timeline.length },
    { file: "reforms.json", count: dataset.reforms.length },
    { file: "peers.json", count: dataset.peers.eligibility.length + dataset.peers.openBudgetSurvey.length },
    { file: "release.json", count: 1 },
  ];
  return (
    <section aria-labelledby="datasets" className="mt-8">
      <h2 id="datasets" className="text-xl font-bold">{t("datasetsTitle")}</h2>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {files.map(({ file, count }) => (
          <li key={file} className="rounded-lg border border-line p-3" data-dataset={file}>
            <h3 className="font-mono text-sm font-semibold">{file}</h3>
            <p className="text-sm">{t(`files.${file.replace(".json", "")}`)}</p>
            <p className="text-sm text-muted">{t("records", { count })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
