// The only JavaScript of a page without the simulator (scripts/postbuild.mjs removes Next's runtime there and adds this
// file, bundled to out/enhance.js). Every element it touches is complete without it: a share link stays a link, the
// citation keeps its "[date accessed]" placeholder, the embed snippet stays selectable. It draws the same markup the
// React islands draw on the simulator's page (components/export/*), so a reader sees the same page either way.
import { parseShareState, yearsInRows, type Adjustment } from "@/lib/url-state/share-state";

type CopyLabels = { copied: string; copyFailed: string };
type ShareConfig = { title: string; text?: string; labels: CopyLabels & { copyLink: string; shareSheet: string; copyText?: string } };
type CopyConfig = { text: string; label: string; describedBy?: string; labels: CopyLabels };
type NoticeConfig = {
  charts: string[];
  scenarios: string[];
  labels: { title: string; intro: string; showing: string; keys: Record<Adjustment["key"], string>; reasons: Record<Adjustment["reason"], string> };
};

const buttonClass = "rounded border border-line bg-panel px-2 py-1 text-sm font-medium text-ink hover:border-accent";

const element = (tag: string, attributes: Record<string, string>, children: Array<Node | string> = []) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

const config = <T>(node: Element): T => JSON.parse(node.getAttribute("data-enhance-config") ?? "{}") as T;

/** A status line and a function that copies a text and says in it whether that worked. */
const copier = (labels: CopyLabels) => {
  const status = element("span", { role: "status", class: "text-sm text-muted" });
  const copy = (value: string) =>
    navigator.clipboard.writeText(value).then(
      () => (status.textContent = labels.copied),
      () => (status.textContent = labels.copyFailed),
    );
  return { status, copy };
};

const button = (label: string, onClick: () => unknown, attributes: Record<string, string> = {}) => {
  const node = element("button", { type: "button", class: buttonClass, ...attributes }, [label]);
  node.addEventListener("click", onClick);
  return node;
};

/** ShareButtons (components/export/share-buttons.tsx): the link becomes "copy link", "copy text" and the share sheet. */
const share = (link: Element) => {
  const { title, text, labels } = config<ShareConfig>(link);
  const url = new URL(link.getAttribute("href") ?? "", location.origin).toString();
  const { status, copy } = copier(labels);
  const buttons = [button(labels.copyLink, () => copy(url))];
  if (text && labels.copyText) buttons.push(button(labels.copyText, () => copy(`${text}\n${url}`), { "data-copy-text": "" }));
  if (typeof navigator.share === "function") {
    // A closed share sheet rejects: nothing to report.
    buttons.push(button(labels.shareSheet, () => navigator.share(text ? { title, text, url } : { title, url }).catch(() => undefined), { "data-share-sheet": "" }));
  }
  link.replaceWith(element("span", { class: "inline-flex flex-wrap items-center gap-2", "data-share-link": url }, [...buttons, status]));
};

/** CopyButton (components/export/copy-button.tsx): a button that copies a text (the embed snippet). */
const copyButton = (placeholder: Element) => {
  const { text, label, describedBy, labels } = config<CopyConfig>(placeholder);
  const { status, copy } = copier(labels);
  placeholder.replaceWith(element("span", { class: "inline-flex items-center gap-2" }, [button(label, () => copy(text), describedBy ? { "aria-describedby": describedBy } : {}), status]));
};

/** AccessDate (components/export/access-date.tsx): today's date in the citation. */
const accessDate = (span: Element) => {
  const now = new Date();
  const iso = now.toISOString().slice(0, 10);
  span.textContent = span.hasAttribute("data-iso") ? iso : new Intl.DateTimeFormat(document.documentElement.lang, { day: "numeric", month: "long", year: "numeric" }).format(now);
  span.setAttribute("data-access-date", iso);
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
const cells = (row: Element) => [...row.children].map((cell) => cell.textContent ?? "");

/** A share link's ?chart=…&year=… : the chart (and year row) is marked and scrolled to; what was dropped is listed. */
const notice = (region: HTMLElement) => {
  if (!location.search) return;
  const { charts, scenarios, labels } = config<NoticeConfig>(region);
  const figures = [...document.querySelectorAll<HTMLElement>("figure[data-figure]")].filter((figure) => charts.includes(figure.id));
  const rowsOf = (figure: Element) => [...figure.querySelectorAll("[data-testid=figure-table] tbody tr")];
  const years = Object.fromEntries(figures.map((figure) => [figure.id, yearsInRows(rowsOf(figure).map(cells))]));
  const { state, adjusted } = parseShareState(location.search, { charts: figures.map((figure) => figure.id), years, scenarios });
  const { chart, year } = state;
  const figure = chart ? document.getElementById(chart) : null;
  const lines: Node[] = [];
  if (adjusted.length > 0) {
    const items = adjusted.map((item) => element("li", { "data-adjustment": `${item.key}:${item.reason}` }, [fill(labels.reasons[item.reason], { key: labels.keys[item.key], value: item.value })]));
    lines.push(element("p", { class: "font-semibold" }, [labels.title]), element("p", {}, [labels.intro]), element("ul", { class: "ml-5 list-disc" }, items));
  }
  if (figure) {
    lines.push(element("p", {}, [fill(labels.showing, { chart: document.getElementById(`${chart}-heading`)?.textContent ?? chart ?? "" })]));
    figure.setAttribute("data-shared", "true");
    figure.style.outline = "3px solid var(--accent)";
    figure.style.outlineOffset = "4px";
    if (year !== undefined) {
      const table = figure.querySelector<HTMLDetailsElement>("[data-testid=figure-table]");
      if (table) table.open = true;
      for (const row of rowsOf(figure) as HTMLElement[]) {
        if (!cells(row).slice(0, 2).some((text) => new RegExp(`\\b${year}\\b`).test(text))) continue;
        row.setAttribute("data-shared-row", "true");
        row.setAttribute("aria-current", "true");
        row.style.background = "var(--panel)";
        row.style.fontWeight = "700";
      }
    }
    figure.scrollIntoView({ block: "start" });
  }
  if (lines.length > 0) region.append(element("div", { class: `mb-4 rounded border p-3 text-sm ${adjusted.length > 0 ? "border-threshold" : "border-line"}` }, lines));
  region.setAttribute("data-adjusted", String(adjusted.length > 0));
  region.setAttribute("data-chart", chart ?? "");
  region.setAttribute("data-year", year === undefined ? "" : String(year));
};

const enhancers: Record<string, (node: HTMLElement) => void> = { share, copy: copyButton, date: accessDate, notice };
for (const node of document.querySelectorAll<HTMLElement>("[data-enhance]")) {
  enhancers[node.getAttribute("data-enhance") ?? ""]?.(node);
  node.removeAttribute("data-enhance");
}
