import { describe, expect, it } from "vitest";
import { nonEmptySubsets, pagePathForState, reformIdsOfScenarioPath, scenarioPagePath, stateOfPagePath, type ScenarioAddressBook } from "@/lib/url-state/scenario-address";

const order = ["a", "b", "c"];

describe("scenario page addresses", () => {
  it("lists the reforms in the fixed order, whatever order they were chosen in; no reforms is the simulator", () => {
    expect(scenarioPagePath(["c", "a"], order)).toBe("/path/with/a/c/");
    expect(scenarioPagePath(["a", "c"], order)).toBe("/path/with/a/c/");
    expect(scenarioPagePath([], order)).toBe("/path/");
    expect(scenarioPagePath(["unknown"], order)).toBe("/path/");
  });
  it("reads the reforms back from a page's path, and nothing from any other path", () => {
    expect(reformIdsOfScenarioPath("/path/with/a/c/")).toEqual(["a", "c"]);
    expect(reformIdsOfScenarioPath("/path/shortest-path/")).toBeUndefined();
    expect(reformIdsOfScenarioPath("/path/with/a/c")).toBeUndefined();
    expect(reformIdsOfScenarioPath("/path/with/A!/")).toBeUndefined();
  });
  it("enumerates every non-empty combination once, smallest first", () => {
    const subsets = nonEmptySubsets(order);
    expect(subsets).toHaveLength(7);
    expect(new Set(subsets.map((subset) => scenarioPagePath(subset, order))).size).toBe(7);
    expect(subsets.map((subset) => subset.length)).toEqual([1, 1, 1, 2, 2, 2, 3]);
    expect(subsets[0]).toEqual(["a"]);
  });
});

describe("pagePathForState: the address the simulator's share action gives", () => {
  const book: ScenarioAddressBook = { defaultBase: "start", order, named: [{ id: "named", base: "old", reforms: ["a", "b"], title: { vi: "t", en: "t" } }] };
  it("gives the combination's page from the default start, leaving out reforms that add nothing", () => {
    expect(pagePathForState({ base: "start", reforms: ["b", "a"] }, ["a", "b"], book)).toBe("/path/with/a/b/");
    expect(pagePathForState({ base: "start", reforms: ["a", "c"] }, ["a", "b"], book)).toBe("/path/with/a/");
    expect(pagePathForState({ base: "start", reforms: [] }, ["a", "b"], book)).toBe("/path/");
  });
  it("gives a named scenario's page for its own start and reforms", () => {
    expect(pagePathForState({ base: "old", reforms: ["b", "a", "c"] }, ["a", "b"], book)).toBe("/path/named/");
  });
  it("gives no page for any other state (the share link keeps the query string)", () => {
    expect(pagePathForState({ base: "old", reforms: ["a"] }, ["a", "b"], book)).toBeUndefined();
  });
});

describe("stateOfPagePath: the state the simulator reads back from a page's address (Back, Forward)", () => {
  const book: ScenarioAddressBook = { defaultBase: "start", order, named: [{ id: "named", base: "old", reforms: ["a", "b"], title: { vi: "t", en: "t" } }] };
  it("reads every page's address back as the state that gave it", () => {
    for (const state of [{ base: "start", reforms: ["a"] }, { base: "start", reforms: ["a", "b"] }, { base: "old", reforms: ["a", "b"] }]) {
      const path = pagePathForState(state, ["a", "b"], book)!;
      expect(stateOfPagePath(path, book), path).toEqual(state);
    }
  });
  it("reads nothing from the simulator's own address, an unknown reform or another page", () => {
    expect(stateOfPagePath("/path/", book)).toBeUndefined();
    expect(stateOfPagePath("/path/with/a/zz/", book)).toBeUndefined();
    expect(stateOfPagePath("/path/other/", book)).toBeUndefined();
    expect(stateOfPagePath("/data/", book)).toBeUndefined();
  });
});
