import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, messageFiles, type Messages } from "@/i18n/load-messages";

const flatten = (messages: Messages, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );

const viKeys = flatten(loadMessages("vi"));
const enKeys = flatten(loadMessages("en"));

describe("translations", () => {
  it("has the same messages files in both languages", () => {
    // Compared as sets: "path.en.json" sorts after "en.json" but "path.vi.json" before "vi.json".
    expect(messageFiles("en").map((f) => f.replace(/en\.json$/, "")).sort()).toEqual(messageFiles("vi").map((f) => f.replace(/vi\.json$/, "")).sort());
  });
  it("has every Vietnamese key in English", () => {
    expect(Object.keys(viKeys).filter((key) => !(key in enKeys))).toEqual([]);
  });
  it("has every English key in Vietnamese", () => {
    expect(Object.keys(enKeys).filter((key) => !(key in viKeys))).toEqual([]);
  });
  it("has no empty message in either language", () => {
    const empty = [...Object.entries(viKeys).map(([k, v]) => [`vi:${k}`, v]), ...Object.entries(enKeys).map(([k, v]) => [`en:${k}`, v])].filter(([, v]) => v.trim() === "");
    expect(empty).toEqual([]);
  });
  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(viKeys).filter((key) => key in enKeys && placeholders(viKeys[key]).join() !== placeholders(enKeys[key]).join());
    expect(mismatched).toEqual([]);
  });
  it("has a message for every translation key the code names literally", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    ["app", "components"].forEach(walk);
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const namespace = /getTranslations\(\{[^}]*namespace: "([\w.]+)"/.exec(source)?.[1];
      for (const match of source.matchAll(/\bt\("([\w.-]+)"/g)) {
        const key = namespace && !(match[1] in viKeys) ? `${namespace}.${match[1]}` : match[1];
        if (!(key in viKeys)) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("copy", () => {
  const both = [...Object.entries(viKeys).map(([key, text]) => ({ locale: "vi", key, text })), ...Object.entries(enKeys).map(([key, text]) => ({ locale: "en", key, text }))];
  it("says no word twice in a row, in either language (a placeholder's own words included: a Vietnamese date already starts with 'ngày')", () => {
    const doubled = /(?<![\p{L}\p{N}])(\p{L}+)\s+\1(?![\p{L}\p{N}])/iu;
    // Vietnamese dates are formatted "ngày 6 tháng 12 năm 2026", so "ngày {date}" reads "ngày ngày 6 …".
    const beforeDate = /ngày \{(date|\w*Date|\w*On|published|adopted|inForce)\b/;
    const found = both.filter(({ locale, text }) => doubled.test(text.replace(/\{[^{}]*\}/g, " ")) || (locale === "vi" && beforeDate.test(text)));
    expect(found.map(({ locale, key, text }) => `${locale}:${key}: ${text}`)).toEqual([]);
  });
  it("keeps developer words (lib/…, zod, JSON path, schema, data/) to the data and API part of /data/", () => {
    const dataAndApi = /^(downloads|api|dataPage\.files)\./;
    const developer = /lib\/|\bzod\b|JSON path|\bschema\b|TypeScript|\bnpm\b|(?<![\w.])data\/|\bnull\b|\bundefined\b/i;
    const found = both.filter(({ key, text }) => !dataAndApi.test(key) && developer.test(text));
    expect(found.map(({ locale, key, text }) => `${locale}:${key}: ${text}`)).toEqual([]);
  });
});
