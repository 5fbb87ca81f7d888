import { describe, expect, it } from "vitest";
import { interFiles, withFontPreloads } from "@/scripts/preload-fonts.mjs";

const files = interFiles(["inter-latin-ext-wght-normal.3gd.woff2", "inter-latin-wght-normal.0gs.woff2", "inter-vietnamese-wght-normal.2kc.woff2", "logo.svg"]);
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/></head><body>${body}</body></html>`;
const preloads = (html: string) => [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font" type="font\/woff2" crossorigin=""\/>/g)].map((match) => match[1]);

describe("the Inter files a page uses are preloaded", () => {
  it("finds each subset's built file by name, not latin-ext for latin", () => {
    expect(files).toEqual({ latin: "inter-latin-wght-normal.0gs.woff2", vietnamese: "inter-vietnamese-wght-normal.2kc.woff2" });
  });

  it("preloads latin on every page and vietnamese only where the text has a Vietnamese letter", () => {
    expect(preloads(withFontPreloads(page("<p>Vietnam's score</p>"), files))).toEqual(["/_next/static/media/inter-latin-wght-normal.0gs.woff2"]);
    expect(preloads(withFontPreloads(page("<p>Báo Công luận, ngày 21 tháng 2</p>"), files))).toEqual([
      "/_next/static/media/inter-latin-wght-normal.0gs.woff2",
      "/_next/static/media/inter-vietnamese-wght-normal.2kc.woff2",
    ]);
  });

  it("ignores Vietnamese inside scripts, which is never drawn", () => {
    expect(preloads(withFontPreloads(page('<p>Score</p><script>self.__next_f.push([1,"Điểm"])</script>'), files))).toHaveLength(1);
  });

  it("puts the links first in <head>, before the stylesheet, and changes nothing the second time", () => {
    const once = withFontPreloads(page("<p>Điểm</p>"), files);
    expect(once.indexOf('rel="preload"')).toBeLessThan(once.indexOf('rel="stylesheet"'));
    expect(once.startsWith('<!DOCTYPE html><html lang="en"><head><link rel="preload"')).toBe(true);
    expect(withFontPreloads(once, files)).toBe(once);
  });
});
