import { getTranslations } from "next-intl/server";
import { SourceLinks } from "@/components/sources/source-links";
import type { Locale } from "@/lib/schemas/common";
import type { VdemYear } from "@/lib/schemas/inputs";

/** The two V-Dem indicators behind the Values Check, Vietnam's values where sourced, and that OGP's cut-offs are unknown. */
export async function ValuesCheckInputs({ vdem, locale }: { vdem: ReadonlyArray<VdemYear>; locale: Locale }) {
  const t = await getTranslations({ locale });
  const vietnam = vdem.filter((row) => row.country === "VN").sort((a, b) => a.year - b.year);
  const values = vietnam.map((row) => `${row.year}: ${row.csoEntryExitOrdinal ?? row.csoEntryExit ?? "–"} / ${row.csoRepressionOrdinal ?? row.csoRepression ?? "–"}`).join("; ");
  return (
    <section aria-labelledby="values-check" className="mt-8 max-w-prose">
      <h2 id="values-check" className="text-xl font-bold">{t("engine.valuesCheckTitle")}</h2>
      <p className="mt-2">{t("engine.valuesCheckIntro")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t("engine.vdemEntryExit")}</li>
        <li>{t("engine.vdemRepression")}</li>
      </ul>
      <p className="mt-2" data-testid="vdem-values">
        {t("engine.vdemValues", { values: vietnam.length > 0 ? values : t("engine.vdemMissing") })}
      </p>
      <div className="mt-1">
        <SourceLinks ids={["ogp-values-check-glossary", "vdem-codebook-v14", ...vietnam.flatMap((row) => row.sources)]} locale={locale} />
      </div>
    </section>
  );
}
