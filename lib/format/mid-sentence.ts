/**
 * The words an assessment's label may start with that are capitalised only because they open the label ("Cuối năm
 * 2017", "Ước tính, năm dữ liệu 2025", "End of 2017", "Computed estimate, …"). Names (months, countries, OGP) keep
 * their capital, so this is a list, not a rule.
 */
const commonWords = new Set(["Ước", "Cuối", "Đầu", "Giữa", "Tháng", "Năm", "Quý", "Dự", "Computed", "Estimate", "End", "Start", "Mid", "Early", "Late", "Projection"]);

/** A label as it reads inside a sentence: "xuất phát từ ước tính, năm dữ liệu 2025", "from end of 2017". */
export const midSentence = (label: string) => {
  const first = /^\p{L}+/u.exec(label)?.[0];
  return first && commonWords.has(first) ? `${first.charAt(0).toLocaleLowerCase("vi")}${label.slice(1)}` : label;
};
