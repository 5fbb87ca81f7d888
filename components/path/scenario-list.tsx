import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/format/locale";
import { pick } from "@/lib/format/localized";
import type { Locale } from "@/lib/schemas/common";
import type { NamedScenario } from "@/lib/schemas/scenario";

/** Links to the named scenarios, each a static page that works without JavaScript. */
export async function ScenarioList({ scenarios, locale, current, headingId, title }: { scenarios: ReadonlyArray<NamedScenario>; locale: Locale; current?: string; headingId: string; title: string }) {
  const t = await getTranslations({ locale, namespace: "path" });
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-xl font-bold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("scenariosLead")}</p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {scenarios
          .filter((scenario) => scenario.id !== current)
          .map((scenario) => (
            <li key={scenario.id} className="rounded-lg border border-line p-3" data-scenario-link={scenario.id}>
              <Link prefetch={false} href={localePath(locale, `/path/${scenario.id}/`)} className="font-semibold">
                {pick(scenario.title, locale)}
              </Link>
              <p className="mt-1 text-sm">{pick(scenario.description, locale)}</p>
            </li>
          ))}
      </ul>
    </section>
  );
}
