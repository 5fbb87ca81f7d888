import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { scenarioAddressBook, scenarioPages, scenarioStart } from "@/lib/export/scenario-pages";
import { applyReforms } from "@/lib/scoring/apply-reforms";
import { resolveNamedScenario } from "@/lib/scoring/named-scenario";
import { reformReach } from "@/lib/scoring/reform-reach";
import { simulatorSetup } from "@/lib/scoring/simulator-setup";
import { computedAssessments, vietnamToday } from "@/lib/scoring/vietnam-today";
import { pagePathForState } from "@/lib/url-state/scenario-address";

const data = loadDataset();
const start = scenarioStart(data);
const pages = scenarioPages(data);
const adding = start.reaches.filter(({ reach }) => reach.kind === "adds").map(({ reform }) => reform.id);

describe("scenario pages: one per combination of reforms from the default start", () => {
  it("start from the computed estimate for the latest data year", () => {
    expect(start.start.assessment.id).toBe(vietnamToday(data).latest?.assessment.id);
  });
  it("exist for every non-empty combination of the reforms that can add points, and only those", () => {
    expect(pages).toHaveLength(2 ** adding.length - 1);
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
    for (const page of pages) expect(page.reforms.every((reform) => adding.includes(reform.id)), page.path).toBe(true);
  });
  it("leave out a reform already in force: the access-to-information law has no page of its own", () => {
    expect(start.reaches.find(({ reform }) => reform.id === "access-to-information-law")?.reach.kind).toBe("reached");
    expect(pages.some((page) => page.path.includes("access-to-information-law"))).toBe(false);
  });
  it("show exactly what the simulator shows for the same choice", () => {
    const setup = simulatorSetup(data);
    const base = setup.bases.find((candidate) => candidate.assessment.id === setup.defaultBase)!;
    for (const page of pages) {
      const simulated = applyReforms(base.assessment, page.reforms, { id: "simulator", label: base.assessment.label, rule: base.rule ?? undefined });
      expect(page.scenario.score, page.path).toEqual(simulated.score);
    }
  });
  it("are the address of every state from the default start, a reform that adds nothing making no difference", () => {
    const book = scenarioAddressBook(data);
    const inert = start.reaches.filter(({ reach }) => reach.kind !== "adds").map(({ reform }) => reform.id);
    for (const page of pages) {
      const ids = page.reforms.map((reform) => reform.id);
      expect(pagePathForState({ base: book.defaultBase, reforms: [...ids].reverse() }, adding, book)).toBe(page.path);
      expect(pagePathForState({ base: book.defaultBase, reforms: [...ids, ...inert] }, adding, book)).toBe(page.path);
    }
  });
});

describe("named scenarios stay reproducible", () => {
  const setup = simulatorSetup(data);
  const computed = computedAssessments(data);
  const book = scenarioAddressBook(data);
  for (const named of data.scenarios) {
    it(`${named.id}: the simulator, from the same start with the same reforms, shows the page's result, and shares the page`, () => {
      const resolved = resolveNamedScenario(named, { ...data, computed });
      const base = setup.bases.find((candidate) => candidate.assessment.id === resolved.base.id)!;
      const simulated = applyReforms(base.assessment, resolved.scenario.reforms, { id: "simulator", label: base.assessment.label, rule: base.rule ?? undefined });
      expect(simulated.score.range).toEqual(resolved.scenario.score.range);
      const addingHere = setup.reforms.filter((reform) => reformReach(base.assessment, reform, base.rule ?? undefined).kind === "adds").map((reform) => reform.id);
      const path = pagePathForState({ base: base.assessment.id, reforms: resolved.scenario.reforms.map((reform) => reform.id) }, addingHere, book);
      // Two named scenarios may be the same state; the first one's page is its address.
      const first = data.scenarios.find((other) => book.named.find((entry) => entry.id === other.id && entry.base === base.assessment.id && entry.reforms.join() === book.named.find((own) => own.id === named.id)!.reforms.join()));
      expect(path).toBe(`/path/${first!.id}/`);
    });
  }
});
