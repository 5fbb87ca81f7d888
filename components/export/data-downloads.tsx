import { getTranslations } from "next-intl/server";
import { LabelledCell } from "@/components/layout/labelled-cell";
import { site } from "@/config/site";
import { loadDataset } from "@/lib/data/read-dataset";
import { computedDataset, computedTables as computedTablesOf } from "@/lib/export/computed-dataset";
import { datasetTables } from "@/lib/export/dataset-tables";
import { datasetName, exportPaths } from "@/lib/export/export-paths";
import { datasetFileNames } from "@/lib/schemas/dataset";
import type { Locale } from "@/lib/schemas/common";

/** The full datasets as CSV and JSON, and the static API: a self-contained section the data page includes. */
export async function DataDownloads({ locale, headingLevel = 2 }: { locale: Locale; headingLevel?: 2 | 3 }) {
  const t = await getTranslations({ locale });
  const dataset = loadDataset();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // The engine's output is published beside the data files (scripts/build-exports.ts writes it).
  const computedTables = dataset.questions.length > 0 && dataset.release.computed ? computedTablesOf(computedDataset(dataset)).map((table) => table.name) : [];
  return (
    <section aria-labelledby="downloads-title" className="mt-8 border-t-4 border-line pt-6" data-testid="data-downloads">
      <Heading id="downloads-title" className="text-xl font-bold">
        {t("downloads.sectionTitle")}
      </Heading>
      <p className="mt-1 max-w-prose text-sm">{t("downloads.sectionIntro", { release: dataset.release.id })}</p>
      <div className="mt-3">
        <table className="stack-table w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="px-2 py-1">{t("downloads.dataset")}</th>
              <th scope="col" className="px-2 py-1">JSON</th>
              <th scope="col" className="px-2 py-1">CSV</th>
              <th scope="col" className="px-2 py-1">{t("downloads.schema")}</th>
            </tr>
          </thead>
          <tbody>
            {datasetFileNames.map((file) => {
              const name = datasetName(file);
              const tables = datasetTables(name, dataset);
              return (
                <tr key={file} className="border-b border-line" data-dataset={name}>
                  <th scope="row" className="px-2 py-1 font-mono font-normal">{file}</th>
                  <LabelledCell label="JSON" className="px-2 py-1">
                    <a href={exportPaths.datasetFile(name, "json")} download className="inline-flex min-h-6 items-center">{`${name}.json`}</a>
                  </LabelledCell>
                  <LabelledCell label="CSV" className="px-2 py-1">
                    {tables.length === 0 ? (
                      <span className="text-muted">{t("downloads.noCsv")}</span>
                    ) : (
                      <ul>
                        {tables.map((table) => (
                          <li key={table.name}>
                            <a href={exportPaths.datasetFile(table.name, "csv")} download className="inline-flex min-h-6 items-center">{`${table.name}.csv`}</a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </LabelledCell>
                  <LabelledCell label={t("downloads.schema")} className="px-2 py-1">
                    <a href={exportPaths.apiSchema(name)} className="inline-flex min-h-6 items-center">{`schema/${name}.json`}</a>
                  </LabelledCell>
                </tr>
              );
            })}
            {computedTables.length > 0 && (
              <tr className="border-b border-line" data-dataset="computed">
                <th scope="row" className="px-2 py-1 font-normal">
                  <span className="font-mono">computed</span>
                  <span className="block text-xs text-muted">{t("dataPage.files.computed")}</span>
                </th>
                <LabelledCell label="JSON" className="px-2 py-1">
                  <a href={exportPaths.datasetFile("computed", "json")} download className="inline-flex min-h-6 items-center">computed.json</a>
                </LabelledCell>
                <LabelledCell label="CSV" className="px-2 py-1">
                  <ul>
                    {computedTables.map((name) => (
                      <li key={name}>
                        <a href={exportPaths.datasetFile(name, "csv")} download className="inline-flex min-h-6 items-center">{`${name}.csv`}</a>
                      </li>
                    ))}
                  </ul>
                </LabelledCell>
                <LabelledCell label={t("downloads.schema")} className="px-2 py-1">
                  <a href={exportPaths.apiSchema("computed")} className="inline-flex min-h-6 items-center">schema/computed.json</a>
                </LabelledCell>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm">{t("downloads.licence", { licence: site.licence.name })}</p>
      <Heading className="mt-6 text-lg font-bold">{t("api.title")}</Heading>
      <p className="mt-1 max-w-prose text-sm">{t("api.intro", { index: exportPaths.apiIndex() })}</p>
      <p className="mt-1 text-sm">
        <a href={exportPaths.apiIndex()} data-api-index>
          {exportPaths.apiIndex()}
        </a>
      </p>
    </section>
  );
}
