import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import { templateSay } from "@/lib/format/fill-template";
import { pathTemplates } from "@/lib/format/message-templates";
import { reachText } from "@/lib/format/reach-text";

const vi = templateSay(pathTemplates(loadMessages("vi")));
const en = templateSay(pathTemplates(loadMessages("en")));

describe("reachText: why a reform adds what it adds from the chosen start", () => {
  it("says a law already in force adds nothing because the criterion already has 4/4", () => {
    expect(reachText({ kind: "reached", points: { min: 4, max: 4 } }, vi)).toContain("đã đạt 4/4");
    expect(reachText({ kind: "reached", points: { min: 2, max: 4 } }, en)).toContain("2–4/4");
  });
  it("gives the points a reform may add, as a range where the criterion's start is not known", () => {
    expect(reachText({ kind: "adds", gain: { min: 2, max: 2 } }, en)).toBe("From this starting point: +2 points.");
    expect(reachText({ kind: "adds", gain: { min: 0, max: 2 } }, vi)).toContain("thêm 0–2 điểm");
  });
  it("says a criterion OGP does not measure cannot gain points", () => {
    expect(reachText({ kind: "not-measured" }, en)).toContain("does not measure");
  });
});
