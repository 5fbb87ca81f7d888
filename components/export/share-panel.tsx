import type { ReactNode } from "react";
import { pathStrings } from "@/components/path/path-strings";
import { templateSay } from "@/lib/format/fill-template";
import type { ShareMessage } from "@/lib/export/share-links";
import type { Locale } from "@/lib/schemas/common";
import { ShareLinksView } from "./share-links-view";

type Props = {
  locale: Locale;
  message: ShareMessage;
  id: string;
  /**
   * Buttons that need JavaScript (copy, the device's share sheet: ShareMessageButtons), passed in by pages that ship
   * that client island anyway (every page with a figure does, for the figure's own share controls). This module
   * imports no client component: the panel itself is plain links.
   */
  buttons?: ReactNode;
};

/** A page's share panel: the services as plain links and the text for Zalo (plus, where given, copy and share sheet). */
export async function SharePanel({ locale, message, id, buttons }: Props) {
  const say = templateSay(await pathStrings(locale));
  return (
    <section aria-labelledby={`${id}-title`} className="no-print rounded-lg border border-line p-3" data-share-panel={id}>
      <h2 id={`${id}-title`} className="text-lg font-bold">
        {say("sharing.title")}
      </h2>
      <p className="mb-2 text-sm text-muted">{say("sharing.lead")}</p>
      <ShareLinksView message={message} say={say} id={id} buttons={buttons} />
    </section>
  );
}
