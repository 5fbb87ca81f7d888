import { describe, expect, it } from "vitest";
import { midSentence } from "@/lib/format/mid-sentence";

describe("midSentence: a label inside a sentence", () => {
  it("lower-cases a label's opening common word, in both languages", () => {
    expect(midSentence("Ước tính, năm dữ liệu 2025")).toBe("ước tính, năm dữ liệu 2025");
    expect(midSentence("Cuối năm 2017")).toBe("cuối năm 2017");
    expect(midSentence("End of 2017")).toBe("end of 2017");
    expect(midSentence("Computed estimate, data year 2025")).toBe("computed estimate, data year 2025");
  });
  it("keeps names: months, countries, OGP", () => {
    for (const label of ["February 2019", "OGP, 2015", "Việt Nam 2016"]) expect(midSentence(label)).toBe(label);
  });
});
