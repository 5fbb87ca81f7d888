import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/read-dataset";
import { resolveNamedScenario } from "@/lib/scoring/named-scenario";
import { simulatorSetup } from "@/lib/scoring/simulator-setup";
import { computedAssessments } from "@/lib/scoring/vietnam-today";
import { urlStateLimit } from "@/config/request-limits.mjs";
import { pathStateSchema } from "@/lib/schemas/path-state";
import { parsePathState, serializePathState, type PathStateContext } from "@/lib/url-state/path-state";

const data = loadDataset();
const setup = simulatorSetup(data);
const context: PathStateContext = { baseIds: setup.bases.map((base) => base.assessment.id), reformIds: setup.reforms.map((reform) => reform.id), defaultBase: setup.defaultBase };
const [firstReform, secondReform] = context.reformIds;
const otherBase = context.baseIds.find((id) => id !== context.defaultBase)!;
const parse = (search: string) => parsePathState(search, context);
const defaultState = { base: context.defaultBase, reforms: [] };

describe("parsePathState: valid links", () => {
  it("gives the default view for an empty query, without a notice", () => {
    expect(parse("")).toEqual({ state: defaultState, adjustments: [] });
    expect(parse("?")).toEqual({ state: defaultState, adjustments: [] });
  });
  it("reads a base and reforms, and lists the reforms in display order", () => {
    expect(parse(`?base=${otherBase}&reforms=${secondReform},${firstReform}`)).toEqual({ state: { base: otherBase, reforms: [firstReform, secondReform] }, adjustments: [] });
  });
  it("accepts an empty reform list and ignores keys it does not know", () => {
    expect(parse(`?base=${otherBase}&reforms=&utm_source=x`)).toEqual({ state: { base: otherBase, reforms: [] }, adjustments: [] });
  });
});

describe("parsePathState: invalid, outdated and hostile links fall back and say so", () => {
  const cases: Array<[string, string, string[]]> = [
    ["an unknown base (outdated link)", "?base=vn-2099&reforms=", ["base-unknown"]],
    ["a base that is not an id", "?base=Vn%202017", ["base-invalid"]],
    ["an unknown reform id (outdated link)", `?reforms=${firstReform},retired-reform`, ["reform-unknown"]],
    ["a reform listed twice", `?reforms=${firstReform},${firstReform}`, ["reform-repeated"]],
    ["an empty item in the list", `?reforms=${firstReform},,`, ["reforms-invalid"]],
    ["markup", "?base=<script>alert(1)</script>&reforms=<img src=x onerror=alert(1)>", ["base-invalid", "reforms-invalid"]],
    ["a huge number", `?base=${"9".repeat(400)}&reforms=1e309`, ["base-invalid", "reform-unknown"]],
    ["unicode and emoji", "?base=vn-2017-énd&reforms=cải-cách,🙂", ["base-invalid", "reforms-invalid"]],
    ["repeated keys", `?base=${otherBase}&base=${context.defaultBase}&reforms=${firstReform}&reforms=${secondReform}`, ["base-repeated", "reforms-repeated"]],
    ["a broken percent escape", "?base=%E0%A4%A&reforms=%", ["base-invalid", "reforms-invalid"]],
    ["prototype keys", "?base=__proto__&reforms=constructor,hasownproperty", ["base-invalid", "reform-unknown"]],
    ["a very long list", `?reforms=${Array.from({ length: 300 }, (_, i) => `r${i}`).join(",")}`, ["reform-unknown", "reforms-invalid"]],
  ];
  it.each(cases)("%s", (_, search, adjustments) => {
    const result = parse(search);
    expect(pathStateSchema.safeParse(result.state).success).toBe(true);
    expect(context.baseIds).toContain(result.state.base);
    for (const reform of result.state.reforms) expect(context.reformIds).toContain(reform);
    expect(result.adjustments.sort()).toEqual([...adjustments].sort());
  });
  it("keeps the valid part of a partly bad link", () => {
    expect(parse(`?base=${otherBase}&reforms=${firstReform},nope`).state).toEqual({ base: otherBase, reforms: [firstReform] });
  });
  it("never throws and always gives a valid state, whatever the query string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (search) => {
        const result = parse(search);
        expect(context.baseIds).toContain(result.state.base);
        expect(result.state.reforms.every((id) => context.reformIds.includes(id))).toBe(true);
      }),
    );
  });
});

describe("serializePathState", () => {
  it("always writes both keys", () => {
    expect(serializePathState(defaultState, context)).toBe(`?base=${context.defaultBase}&reforms=`);
  });
  it("refuses a state the schema does not allow", () => {
    expect(() => serializePathState({ base: "<b>", reforms: [] }, context)).toThrow();
  });
  it("round-trips every base and every set of reforms (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...context.baseIds), fc.subarray([...context.reformIds]), fc.boolean(), (base, reforms, shuffled) => {
        const state = { base, reforms: shuffled ? [...reforms].reverse() : reforms };
        const parsed = parse(serializePathState(state, context));
        expect(parsed.adjustments).toEqual([]);
        expect(parsed.state).toEqual({ base, reforms: context.reformIds.filter((id) => reforms.includes(id)) });
      }),
    );
  });
  it("round-trips every named scenario's link", () => {
    for (const named of data.scenarios) {
      const { base, scenario } = resolveNamedScenario(named, { ...data, computed: computedAssessments(data) });
      const state = { base: base.id, reforms: scenario.reforms.map((reform) => reform.id) };
      const parsed = parse(serializePathState(state, context));
      expect(parsed.adjustments).toEqual([]);
      expect(parsed.state.base).toBe(base.id);
      expect([...parsed.state.reforms].sort()).toEqual([...state.reforms].sort());
    }
  });
});

describe("parsePathState: the URL-state limit (config/request-limits.mjs)", () => {
  // A valid link padded with a key the parser ignores, to exactly `length` characters after "?".
  const padded = (length: number) => {
    const link = `?base=${otherBase}&reforms=${firstReform},${secondReform}&utm_source=`;
    return link + "x".repeat(length - (link.length - 1));
  };
  it("reads a link of limit − 1 and of exactly limit characters", () => {
    for (const length of [urlStateLimit - 1, urlStateLimit]) {
      expect(padded(length).length - 1).toBe(length);
      expect(parse(padded(length))).toEqual({ state: { base: otherBase, reforms: [firstReform, secondReform] }, adjustments: [] });
    }
  });
  it("falls back to the default view with a notice from limit + 1 on, whatever the link holds", () => {
    for (const length of [urlStateLimit + 1, 16 * 1024, 64 * 1024]) expect(parse(padded(length))).toEqual({ state: defaultState, adjustments: ["too-long"] });
  });
  it("every link the simulator writes is far under the limit (all reforms on)", () => {
    expect(serializePathState({ base: otherBase, reforms: [...context.reformIds] }, context).length).toBeLessThan(urlStateLimit / 4);
  });
});

describe("the parser checks what the zod schema checks, without zod (the simulator ships no zod)", () => {
  // Queries mixing the real ids with near misses: too long, upper case, stray hyphens, markup, empty items.
  const idLike = fc.oneof(
    fc.constantFrom(...context.baseIds, ...context.reformIds),
    fc.stringMatching(/^[a-z0-9-]{0,70}$/),
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.constant("a".repeat(65)),
  );
  const query = fc.tuple(fc.array(idLike, { maxLength: 2 }), fc.array(fc.array(idLike, { maxLength: 40 }), { maxLength: 2 })).map(
    ([bases, lists]) => `?${[...bases.map((base) => `base=${encodeURIComponent(base)}`), ...lists.map((list) => `reforms=${list.map(encodeURIComponent).join(",")}`)].join("&")}`,
  );
  it("every state the parser gives satisfies pathStateSchema (property)", () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.string({ unit: "grapheme", maxLength: 300 })), (search) => {
        expect(pathStateSchema.safeParse(parse(search).state).success).toBe(true);
      }),
    );
  });
  it("serializePathState refuses exactly the states pathStateSchema refuses (property)", () => {
    const state = fc.record({ base: idLike, reforms: fc.array(idLike, { maxLength: 36 }) });
    fc.assert(
      fc.property(fc.oneof(state, fc.record({ base: idLike, reforms: fc.array(idLike), extra: fc.string() })), (candidate) => {
        const allowed = pathStateSchema.safeParse(candidate).success;
        let written = true;
        try {
          serializePathState(candidate as { base: string; reforms: string[] }, context);
        } catch {
          written = false;
        }
        expect(written).toBe(allowed);
      }),
    );
  });
});
