/**
 * Share addresses of the services people use, as plain links: nothing is loaded from those services until the person
 * clicks, and they work without JavaScript. Only what each service documents for a web link is used:
 * Facebook's sharer (the URL only: Facebook reads the page's Open Graph tags for the preview), X's post intent (text
 * and URL), LinkedIn's share-offsite (the URL only), and a mailto: link (subject and body). Zalo publishes no such
 * address for outside sites (its share button needs its own script and an Official Account id), so Zalo is reached
 * through the device's share sheet or by pasting the copied text.
 */
export const shareServices = ["facebook", "x", "linkedin", "email"] as const;
export type ShareService = (typeof shareServices)[number];

export type ShareMessage = {
  /** Absolute URL of the page or view being shared. */
  url: string;
  /** The prefilled text: the score, its date; the URL is added by each service (or after the text by email). */
  text: string;
  /** A shorter text for X, whose posts hold 280 characters (a link counts as 23). */
  shortText: string;
  /** The email subject. */
  subject: string;
};

// encodeURIComponent, not URLSearchParams: mail clients read "+" literally, and every service decodes %20.
const encode = encodeURIComponent;

export const shareHref = (service: ShareService, message: ShareMessage): string => {
  switch (service) {
    case "facebook":
      return `https://www.facebook.com/sharer/sharer.php?u=${encode(message.url)}`;
    case "x":
      return `https://x.com/intent/tweet?text=${encode(message.shortText)}&url=${encode(message.url)}`;
    case "linkedin":
      return `https://www.linkedin.com/sharing/share-offsite/?url=${encode(message.url)}`;
    case "email":
      return `mailto:?subject=${encode(message.subject)}&body=${encode(`${message.text}\n\n${message.url}`)}`;
  }
};

/** The text to paste into Zalo (or any chat): the message and the link on its own line. */
export const pasteText = (message: Pick<ShareMessage, "text" | "url">) => `${message.text}\n${message.url}`;

/** X counts every link as 23 characters, whatever its length, and a post may weigh 280. */
export const X_LINK_LENGTH = 23;
export const X_MAX_LENGTH = 280;
// X's weighting (twitter-text v3): these code points weigh 1, every other one 2 — so a Vietnamese letter with two
// marks in one code point (ệ, U+1EC7) weighs 2 while ă, đ, ơ, ư weigh 1.
const lightRanges: ReadonlyArray<[number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const weightOf = (codePoint: number) => (lightRanges.some(([from, to]) => codePoint >= from && codePoint <= to) ? 1 : 2);
/** The length X counts for a post of this text and a link after it (one space between them). */
export const xPostLength = (text: string) => [...text.normalize("NFC")].reduce((sum, char) => sum + weightOf(char.codePointAt(0)!), 0) + 1 + X_LINK_LENGTH;
