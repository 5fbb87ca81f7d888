import type { ReactNode } from "react";
import { pasteText, shareHref, shareServices, type ShareMessage } from "@/lib/export/share-links";
import type { Say } from "@/lib/export/share-text";

type Props = {
  message: ShareMessage;
  say: Say;
  /** Prefix for element ids (one page may show more than one set). */
  id: string;
  /** Buttons that need JavaScript (copy, the device's share sheet), only where the page ships them anyway. */
  buttons?: ReactNode;
};

const linkClass = "inline-flex min-h-6 items-center rounded border border-line bg-panel px-2 py-1 text-sm font-medium text-ink no-underline hover:border-accent";

/**
 * Where people share, as plain links (no hooks, no server APIs: server pages and the simulator both render it). The
 * services are reached only when the person presses a link; Zalo, which has no share address, gets the text to paste.
 */
export function ShareLinksView({ message, say, id, buttons }: Props) {
  return (
    <div className="space-y-2" data-share-links={message.url}>
      <ul className="flex flex-wrap items-center gap-2" aria-label={say("sharing.title")}>
        {shareServices.map((service) => {
          const name = say(`sharing.services.${service}`);
          const email = service === "email";
          return (
            <li key={service}>
              <a
                href={shareHref(service, message)}
                className={linkClass}
                data-share-service={service}
                aria-label={email ? say("sharing.emailLabel") : say("sharing.serviceLabel", { service: name })}
                {...(email ? {} : { target: "_blank", rel: "noopener noreferrer" })}
              >
                {name}
              </a>
            </li>
          );
        })}
        {buttons && <li>{buttons}</li>}
      </ul>
      <details className="text-sm" data-share-zalo>
        <summary className="cursor-pointer py-1 font-medium">{say("sharing.zalo")}</summary>
        <p className="mt-1 max-w-prose">{say("sharing.zaloHelp")}</p>
        <label htmlFor={`${id}-paste`} className="mt-2 block font-medium">
          {say("sharing.pasteLabel")}
        </label>
        <textarea id={`${id}-paste`} readOnly rows={4} value={pasteText(message)} className="mt-1 w-full max-w-prose rounded border border-line bg-paper p-2 text-sm text-ink" data-share-text />
      </details>
    </div>
  );
}
