import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/schemas/common";

export type ContentsItem = { id: string; label: string };

/** Jump links to a long page's sections (ids of its headings), so a phone reader sees the page's map on the first screen. */
export async function PageContents({ items, locale }: { items: ReadonlyArray<ContentsItem>; locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <nav aria-labelledby="page-contents-title" className="mt-4 rounded-lg border border-line bg-panel px-3 py-2 text-sm" data-page-contents>
      <p id="page-contents-title" className="font-semibold">
        {t("site.pageContents")}
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} className="inline-flex min-h-6 items-center">
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
