import { expect, test } from "@playwright/test";

// Only three Inter subsets are declared (app/globals.css). Vietnamese text must still be drawn in Inter,
// not in a fallback font, and the browser must fetch only the files the page's characters need.
test("Vietnamese diacritics render in Inter from the vietnamese subset, and no other script's file loads", async ({ page }) => {
  const fonts: string[] = [];
  page.on("response", (response) => {
    if (/\.woff2$/.test(new URL(response.url()).pathname) && response.ok()) fonts.push(new URL(response.url()).pathname.split("/").pop()!);
  });
  await page.goto("/vi/");
  const state = await page.evaluate(async () => {
    await document.fonts.ready;
    return {
      text: document.body.innerText,
      family: getComputedStyle(document.body).fontFamily,
      // true only when every face whose unicode-range covers these characters is loaded (no đ: latin-ext
      // covers it too, and the browser rightly takes it from the vietnamese file alone)
      covered: document.fonts.check(`16px "Inter Variable"`, "Việt Nam ệ ở ữ"),
      faces: [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.unicodeRange),
    };
  });
  expect(state.text).toMatch(/[ạ-ỹĐđăâêôơư]/i);
  expect(state.family).toContain("Inter Variable");
  expect(state.covered).toBe(true);
  expect(state.faces.some((range) => /U\+1EA0-1EF9/i.test(range)), "the vietnamese face is loaded").toBe(true);
  expect(fonts.some((file) => file.startsWith("inter-vietnamese-"))).toBe(true);
  expect(fonts.filter((file) => !/^inter-(latin|latin-ext|vietnamese)-wght-normal\./.test(file))).toEqual([]);
});
