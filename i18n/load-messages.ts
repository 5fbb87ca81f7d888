import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "@/lib/schemas/common";

export type Messages = { [key: string]: string | Messages };

const messagesDir = join(process.cwd(), "messages");

/**
 * messages/<locale>.json holds the shared texts; a feature may keep its own namespaces in
 * messages/<feature>.<locale>.json. Read at build time only, merged into one tree per locale.
 */
export const messageFiles = (locale: Locale) =>
  readdirSync(messagesDir)
    .filter((name) => name === `${locale}.json` || name.endsWith(`.${locale}.json`))
    .sort();

export const loadMessages = (locale: Locale): Messages => {
  const merged: Messages = {};
  for (const file of messageFiles(locale)) {
    const messages = JSON.parse(readFileSync(join(messagesDir, file), "utf8")) as Messages;
    for (const [namespace, value] of Object.entries(messages)) {
      if (namespace in merged) throw new Error(`messages/${file}: namespace "${namespace}" is already defined in another messages file`);
      merged[namespace] = value;
    }
  }
  return merged;
};
