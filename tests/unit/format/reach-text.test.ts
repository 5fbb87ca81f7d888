import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import { templateSay } from "@/lib/format/fill-template";
import { pathTemplates } from "@/lib/format/message-templates";
import { progressShown, reachText } from "@/lib/format/reach-text";

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

describe("a reform says one thing", () => {
  const budget = { criterion: "fiscalTransparency" as const, progress: "done" as const };
  const law = { criterion: "accessToInformation" as const, progress: "done" as const };
  it("one whose points depend on an input the sources do not give says 'could add 2 points if …' once, and is not 'done'", () => {
    const maybe = { kind: "adds" as const, gain: { min: 0, max: 2 } };
    expect(reachText(maybe, vi, budget)).toBe("Từ điểm xuất phát này: có thể thêm 2 điểm nếu vòng Khảo sát Ngân sách Mở mà OGP dùng chưa ghi nhận tài liệu này được công bố đúng hạn.");
    expect(reachText(maybe, en, budget)).toBe("From this starting point: could add 2 points if the Open Budget Survey round OGP uses does not already record this document as published on time.");
    for (const say of [vi, en]) expect(reachText(maybe, say, budget)).not.toMatch(/0[–-]2|0 (hoặc|or) 2/);
    expect(progressShown(budget, maybe)).toBe("unknown");
  });
  it("one done and counted reads as done, with what it earned", () => {
    const reached = { kind: "reached" as const, points: { min: 4, max: 4 } };
    expect(reachText(reached, vi, law)).toBe("Đã làm: từ điểm xuất phát này tiêu chí đã được tính 4/4 điểm.");
    expect(reachText(reached, en, law)).toBe("Done: from this starting point the criterion already counts 4/4.");
    expect(progressShown(law, reached)).toBe("done");
  });
  it("one that adds a known number of points keeps its progress", () => {
    expect(reachText({ kind: "adds", gain: { min: 2, max: 2 } }, en, { ...budget, progress: "not-started" })).toBe("From this starting point: +2 points.");
    expect(progressShown({ ...budget, progress: "not-started" }, { kind: "adds", gain: { min: 0, max: 2 } })).toBe("not-started");
  });
});
