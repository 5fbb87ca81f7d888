import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { HEIGHT_MESSAGE_TYPE } from "@/lib/export/embed-snippet";
import { resizeScript } from "@/lib/export/resize-script";

type Frame = { contentWindow: object; style: { height: string }; attributes: Record<string, string>; setAttribute: (name: string, value: string) => void };
const frame = (): Frame => {
  const attributes: Record<string, string> = {};
  return { contentWindow: {}, style: { height: "" }, attributes, setAttribute: (name, value) => (attributes[name] = value) };
};

/** Runs resize.js the way a host page would (any way of loading it: no document.currentScript at all). */
const host = (script: string) => {
  const frames = [frame(), frame()];
  const listeners: Array<(event: object) => void> = [];
  const window: Record<string, unknown> = { addEventListener: (type: string, listener: (event: object) => void) => type === "message" && listeners.push(listener) };
  runInNewContext(script, { window, document: { currentScript: null, getElementsByTagName: () => frames }, Number, isFinite, Math, String });
  const post = (origin: string, source: object, data: unknown) => listeners.forEach((listener) => listener({ origin, source, data }));
  return { frames, listeners, post, window, run: () => runInNewContext(script, { window, document: { currentScript: null, getElementsByTagName: () => frames }, Number, isFinite, Math, String }) };
};

describe("embed/resize.js", () => {
  const origin = "https://scorecard.example.vn";
  const script = resizeScript(origin);

  it("has our origin written in and no placeholder", () => {
    expect(script).toContain(`var origin = "${origin}";`);
    expect(script).not.toMatch(/currentScript|example\.org|<our site>/);
  });

  it("sizes the frame that sent a height from our origin", () => {
    const page = host(script);
    page.post(origin, page.frames[1].contentWindow, { type: HEIGHT_MESSAGE_TYPE, height: 812.4 });
    expect(page.frames[1].style.height).toBe("813px");
    expect(page.frames[1].attributes["data-ogp-resized"]).toBe("813");
    expect(page.frames[0].style.height).toBe("");
  });

  it("ignores the same message from any other origin, inlined or not", () => {
    const page = host(script);
    for (const other of ["https://evil.example", "http://scorecard.example.vn", "https://scorecard.example.vn.evil.example", "null", ""]) {
      page.post(other, page.frames[0].contentWindow, { type: HEIGHT_MESSAGE_TYPE, height: 5000 });
    }
    expect(page.frames.map((f) => f.style.height)).toEqual(["", ""]);
  });

  it("ignores other messages and absurd heights", () => {
    const page = host(script);
    for (const data of [null, "x", { type: "other", height: 500 }, { type: HEIGHT_MESSAGE_TYPE, height: 10 }, { type: HEIGHT_MESSAGE_TYPE, height: 1e9 }, { type: HEIGHT_MESSAGE_TYPE, height: "NaN" }]) {
      page.post(origin, page.frames[0].contentWindow, data);
    }
    expect(page.frames[0].style.height).toBe("");
  });

  it("adds one listener even when a page includes it twice", () => {
    const page = host(script);
    page.run();
    expect(page.listeners).toHaveLength(1);
  });
});
