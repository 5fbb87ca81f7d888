import { getTranslations } from "next-intl/server";
import { loadDataset } from "@/lib/data/read-dataset";
import type { Locale } from "@/lib/schemas/common";

/** The sources behind a figure, as links a reader can follow; ids were checked against sources.json at build. */
export async function SourceLinks({ ids, locale, label }: { ids: ReadonlyArray<string>; locale: Locale; label?: string }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const { sources } = loadDataset();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  return (
    <div className="text-sm text-muted">
      <span className="font-medium">{label ?? (unique.length === 1 ? t("source") : t("sources"))}: </span>
      <ul className="inline">
        {unique.map((id, index) => {
          const source = sources.find((candidate) => candidate.id === id);
          if (!source) return null;
          const text = `${source.publisher}, “${source.title}”${source.date ? `, ${source.date}` : ""}`;
          return (
            <li key={id} className="inline" data-source-id={id}>
              {source.url ? (
                <a href={source.url} lang={source.language} rel="noopener noreferrer" className="break-words">
                  {text}
                </a>
              ) : (
                <span lang={source.language}>
                  {text} ({t("noUrl")})
                </span>
              )}
              {index < unique.length - 1 ? "; " : ""}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
