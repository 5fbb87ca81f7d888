import { describe, expect, it } from "vitest";
import { barVerdict, scoreText } from "@/lib/format/bar-verdict";
import { templateSay } from "@/lib/format/fill-template";
import { pathTemplates } from "@/lib/format/message-templates";
import { verdictLabel, verdictPhrase } from "@/lib/export/share-text";
import { loadMessages } from "@/i18n/load-messages";

const vi = templateSay(pathTemplates(loadMessages("vi")));
const en = templateSay(pathTemplates(loadMessages("en")));

describe("barVerdict: does the total meet the bar?", () => {
  it("says the bar is met only when the low end of the range meets it", () => {
    expect(barVerdict({ min: 12, max: 14 }, 12, 16).kind).toBe("met");
    expect(verdictLabel(vi, barVerdict({ min: 12, max: 14 }, 12, 16))).toBe("Đạt ngưỡng ✓");
    expect(verdictPhrase(en, barVerdict({ min: 13, max: 13 }, 12, 16))).toBe("meets the 12/16 bar");
  });
  it("says how many points are missing, one point, a range of points", () => {
    expect(verdictLabel(vi, barVerdict({ min: 8, max: 8 }, 12, 16))).toBe("Còn thiếu 4 điểm");
    expect(verdictLabel(en, barVerdict({ min: 11, max: 11 }, 12, 16))).toBe("1 point short");
    expect(verdictLabel(en, barVerdict({ min: 6, max: 10 }, 12, 16))).toBe("2–6 points short");
    expect(barVerdict({ min: 6, max: 10 }, 12, 16).values).toMatchObject({ min: 2, max: 6 });
  });
  it("with a range across the bar, says it may meet it or be up to N short: never 'short by 0'", () => {
    const verdict = barVerdict({ min: 8, max: 14 }, 12, 16);
    expect(verdict.kind).toBe("maybe");
    expect(verdictLabel(vi, verdict)).toBe("Có thể đạt ngưỡng, có thể còn thiếu đến 4 điểm");
    expect(verdictPhrase(en, verdict)).toBe("may meet the 12/16 bar, or be up to 4 points short");
  });
  it("says when there is not enough data to score, whatever the numbers", () => {
    expect(barVerdict({ min: 8, max: 8 }, 6, 8, "not-enough-data").kind).toBe("not-enough-data");
    expect(verdictLabel(en, barVerdict({ min: 8, max: 8 }, 6, 8, "not-enough-data"))).toBe("Not enough data to score");
  });
  it("writes a score as 12/16 or 12–14/16", () => {
    expect(scoreText({ min: 12, max: 12 }, 16)).toBe("12/16");
    expect(scoreText({ min: 12, max: 14 }, 16)).toBe("12–14/16");
  });
});
