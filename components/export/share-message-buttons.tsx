import { getTranslations } from "next-intl/server";
import type { ShareMessage } from "@/lib/export/share-links";
import type { Locale } from "@/lib/schemas/common";
import { ShareButtons } from "./share-buttons";

/**
 * "Copy link", "Copy the text" and the device's share sheet for a shared message. ShareButtons is the client island
 * every registered chart's share controls already ship, so a page with figures pays no extra JavaScript for it.
 */
export async function ShareMessageButtons({ locale, message, href }: { locale: Locale; message: ShareMessage; href: string }) {
  const t = await getTranslations({ locale });
  return (
    <ShareButtons
      href={href}
      title={message.subject}
      text={message.text}
      labels={{ copyLink: t("share.copyLink"), copied: t("share.copied"), copyFailed: t("share.copyFailed"), shareSheet: t("share.shareSheet"), link: t("share.linkToPage"), copyText: t("sharing.copyText") }}
    />
  );
}
