import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "@/config/security-headers.mjs";
import { deferFrameworkScripts, presenceEvents, scriptLoader } from "@/scripts/defer-framework-scripts.mjs";

const page = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/poly.js" noModule=""></script></head>',
  '<body><p>Điểm 8/16</p><script id="_R_">x()</script><script src="/_next/static/chunks/c.js" async=""></script>',
  "<script>self.__next_f.push([1,\"\\u003c/body\\u003e\"])</script></body></html>",
].join("");

type Listener = (event?: { type: string; movementX?: number; movementY?: number }) => void;
/** A select the loader may enable, inside the simulator's [data-hydrated] element. */
const fakeSelect = (hydrated: string) => {
  const listeners: Listener[] = [];
  const select = {
    disabled: true,
    selectedIndex: 0,
    options: [{ getAttribute: () => "/vi/path/?base=vn-2019&reforms=" }],
    addEventListener: (type: string, listener: Listener) => type === "change" && listeners.push(listener),
    closest: () => ({ getAttribute: () => hydrated }),
  };
  return { select, change: () => listeners.forEach((listener) => listener()) };
};

/** Runs the loader against a fake window and document and reports what it added and where it went, event by event. */
const runLoader = (loader: string, { readyState = "loading", search = "", hydrated = "false" }: { readyState?: string; search?: string; hydrated?: string } = {}) => {
  const added: string[] = [];
  const prefetched: string[] = [];
  const assigned: string[] = [];
  const listeners = new Map<string, { listener: Listener; options: unknown }>();
  const select = fakeSelect(hydrated);
  const document = {
    readyState,
    createElement: () => ({}) as { src?: string; href?: string; rel?: string },
    body: { appendChild: (element: { src: string }) => added.push(element.src) },
    head: { appendChild: (element: { href: string; rel: string; as: string }) => prefetched.push(`${element.rel} ${element.as} ${element.href}`) },
    querySelectorAll: (selector: string) => (selector === "select[data-navigate-before-hydration]" ? [select.select] : []),
  };
  const frames: Listener[] = [];
  const tasks: Listener[] = [];
  runInNewContext(loader, {
    document,
    requestAnimationFrame: (callback: Listener) => frames.push(callback),
    setTimeout: (callback: Listener) => tasks.push(callback),
    location: { search, assign: (href: string) => assigned.push(href) },
    addEventListener: (type: string, listener: Listener, options: unknown) => listeners.set(type, { listener, options }),
    removeEventListener: (type: string, listener: Listener) => listeners.get(type)?.listener === listener && listeners.delete(type),
  });
  /** Fires an event; a pointer event moves by one pixel unless told otherwise. */
  const fire = (type: string, movement = { movementX: 1, movementY: 0 }) => listeners.get(type)?.listener({ type, ...movement });
  /** The next frame is painted, then the task queued after it runs. */
  const paint = () => {
    for (const callback of frames.splice(0)) callback();
    for (const callback of tasks.splice(0)) callback();
  };
  return { added, prefetched, assigned, listeners, fire, paint, select: select.select, change: select.change };
};

describe("framework scripts wait for the reader", () => {
  it("removes the async script tags and their preload, keeps the rest, and ends the body with one loader", () => {
    const { html, deferred } = deferFrameworkScripts(page);
    expect(deferred).toBe(3);
    expect(html).not.toMatch(/<script src="[^"]*" async=""/);
    expect(html).not.toContain('rel="preload" as="script"');
    expect(html).toContain('<script src="/_next/static/chunks/poly.js" noModule=""></script>');
    expect(html).toContain('<script id="_R_">x()</script>');
    expect(html).toContain("<p>Điểm 8/16</p>");
    expect(html.endsWith(`<script>${scriptLoader(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/c.js"])}</script></body></html>`)).toBe(true);
  });

  it("runs no script until the reader's first sign of presence, then every script once, and stops listening", () => {
    const loader = scriptLoader(["/a.js", "/b.js"]);
    for (const trigger of presenceEvents) {
      const page = runLoader(loader);
      expect([...page.listeners.keys()].sort()).toEqual([...presenceEvents, "load"].sort());
      for (const type of presenceEvents) expect(page.listeners.get(type)?.options).toMatchObject({ capture: true, passive: true });
      page.fire("load");
      expect(page.added).toEqual([]);
      page.fire(trigger);
      expect(page.added).toEqual(["/a.js", "/b.js"]);
      for (const type of presenceEvents) page.fire(type);
      expect(page.added, "each script is added once").toEqual(["/a.js", "/b.js"]);
      expect([...page.listeners.keys()].filter((type) => presenceEvents.includes(type)), "no presence listener is left").toEqual([]);
    }
  });

  it("takes a pointermove without movement (what a browser sends when a page appears under a resting pointer) for no reader", () => {
    const page = runLoader(scriptLoader(["/a.js"]));
    page.fire("load");
    page.fire("pointermove", { movementX: 0, movementY: 0 });
    expect(page.added, "a resting pointer runs nothing").toEqual([]);
    expect(page.listeners.has("pointermove"), "and the loader keeps listening").toBe(true);
    page.fire("pointermove", { movementX: 0, movementY: -2 });
    expect(page.added, "a pointer that moves runs the runtime").toEqual(["/a.js"]);
  });

  it("covers the mouse, touch, keyboard (and screen readers' focus) and scrolling", () => {
    expect(presenceEvents).toEqual(expect.arrayContaining(["pointerdown", "pointermove", "touchstart", "keydown", "focusin", "wheel", "scroll"]));
  });

  it("prefetches the scripts (without running them) once the page has loaded and the next frame is painted", () => {
    const loader = scriptLoader(["/a.js", "/b.js"]);
    const waiting = runLoader(loader);
    waiting.paint();
    expect(waiting.prefetched, "not before the load event").toEqual([]);
    waiting.fire("load");
    expect(waiting.prefetched, "not before the frame after it").toEqual([]);
    waiting.paint();
    expect(waiting.prefetched).toEqual(["prefetch script /a.js", "prefetch script /b.js"]);
    expect(waiting.added).toEqual([]);
    const loaded = runLoader(loader, { readyState: "complete" });
    loaded.paint();
    expect(loaded.prefetched).toEqual(["prefetch script /a.js", "prefetch script /b.js"]);
    expect(loaded.added).toEqual([]);
  });

  it("runs the scripts at once for an address with a query (a shared link with a state)", () => {
    const page = runLoader(scriptLoader(["/a.js"]), { search: "?base=vn-2019&reforms=" });
    expect(page.added).toEqual(["/a.js"]);
    expect([...page.listeners.keys()]).toEqual([]);
  });

  it("enables the starting-point select, which opens the chosen option's address until the simulator has hydrated", () => {
    const waiting = runLoader(scriptLoader(["/a.js"]));
    expect(waiting.select.disabled).toBe(false);
    waiting.change();
    expect(waiting.assigned).toEqual(["/vi/path/?base=vn-2019&reforms="]);
    const hydrated = runLoader(scriptLoader(["/a.js"]), { hydrated: "true" });
    hydrated.change();
    expect(hydrated.assigned, "once hydrated, React handles the change").toEqual([]);
  });

  it("leaves a page without async scripts as it was (running postbuild twice changes nothing)", () => {
    const once = deferFrameworkScripts(page).html;
    expect(deferFrameworkScripts(once)).toEqual({ html: once, deferred: 0, sources: [] });
  });

  it("the loader is an inline script the page's CSP hashes", () => {
    const { html } = deferFrameworkScripts(page);
    expect(inlineScriptHashes(html)).toHaveLength(inlineScriptHashes(page).length + 1);
  });
});
