import { getTranslations } from "next-intl/server";
import { loadDataset } from "@/lib/data/read-dataset";
import type { Locale } from "@/lib/schemas/common";
import { sourceCitationParts } from "./source-text";

/** The sources behind a figure, as links a reader can follow; ids were checked against sources.json at build. */
type Props = { ids: ReadonlyArray<string>; locale: Locale; label?: string; group?: "primary" | "other"; /** One source per line (long lists under a chart) instead of a run-on sentence. */ list?: boolean };

export async function SourceLinks({ ids, locale, label, group, list = false }: Props) {
  const t = await getTranslations({ locale });
  const { sources } = loadDataset();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  return (
    <div className="text-sm text-muted" data-source-group={group}>
      <span className="font-medium">{label ?? (unique.length === 1 ? t("common.source") : t("common.sources"))}: </span>
      <ul className={list ? "mt-0.5 list-disc space-y-0.5 pl-5" : "inline"}>
        {unique.map((id, index) => {
          const source = sources.find((candidate) => candidate.id === id);
          if (!source) return null;
          const parts = sourceCitationParts(source, locale, t);
          const title = <span lang={source.language}>“{parts.title}”</span>;
          const after = `${parts.date ? `, ${parts.date}` : ""}${parts.note ? ` (${parts.note})` : ""}`;
          return (
            <li key={id} className={list ? undefined : "inline"} data-source-id={id}>
              {parts.publisher && `${parts.publisher}, `}
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer" className="break-words">
                  {title}
                </a>
              ) : (
                <>
                  {title} ({t("common.noUrl")})
                </>
              )}
              {after}
              {!list && index < unique.length - 1 ? "; " : ""}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
