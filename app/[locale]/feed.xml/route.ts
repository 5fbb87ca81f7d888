import { createTranslator } from "next-intl";
import { site } from "@/config/site";
import { loadMessages } from "@/i18n/load-messages";
import { frozenReleaseIds, loadDataset, loadRelease } from "@/lib/data/read-dataset";
import type { Translate } from "@/lib/charts/describe/common";
import { atomFeed, releaseChanges } from "@/lib/export/release-feed";
import { isLocale } from "@/lib/format/locale";
import { assessmentsWithComputed } from "@/lib/scoring/vietnam-today";
import { locales } from "@/lib/schemas/common";

// /vi/feed.xml and /en/feed.xml: written once at build time (static export), like every page.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => locales.map((locale) => ({ locale }));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const messages = loadMessages(locale);
  const translator = createTranslator({ locale, messages });
  const t: Translate = (key, values) => translator(key as never, values as never);
  const current = loadDataset();
  // Every frozen release, and data/ as the newest (it may not be frozen yet); data/ wins for its own id. The
  // assessments are those the site shows for each release: the data's own and the ones computed from it.
  const datasets = [...frozenReleaseIds().filter((id) => id !== current.release.id).map((id) => ({ id, dataset: loadRelease(id) })), { id: current.release.id, dataset: current }];
  const snapshots = datasets.map((snapshot) => ({ ...snapshot, assessments: assessmentsWithComputed(snapshot.dataset) }));
  const xml = atomFeed({ locale, origin: site.origin, t, releases: releaseChanges(snapshots), siteName: t("site.fullName"), licence: site.licence.name });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
