import { getTranslations } from "next-intl/server";
import { pick } from "@/lib/format/localized";
import type { Locale } from "@/lib/schemas/common";
import type { Reform } from "@/lib/schemas/reform";
import type { ReformText } from "./path-simulator";

/** Each reform's title and effect in words ("+2 points for Fiscal transparency") and whether it is done, for the simulator's switches. */
export async function reformTexts(reforms: ReadonlyArray<Reform>, locale: Locale): Promise<ReformText[]> {
  const t = await getTranslations({ locale });
  return reforms.map((reform) => {
    const values = { points: reform.points, criterion: t(`criteria.${reform.criterion}`) };
    const key = reform.effect === "raise-to" ? "path.effectRaiseTo" : reform.points === 1 ? "path.effectAddOne" : "path.effectAdd";
    return { id: reform.id, title: pick(reform.title, locale), effect: t(key, values), unconfirmed: !reform.pointsConfirmed, done: reform.progress === "done", criterion: reform.criterion, progressKind: reform.progress, progressNote: pick(reform.progressNote, locale), effectKind: reform.effect, points: reform.points };
  });
}
