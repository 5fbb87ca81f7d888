import { describe, expect, it } from "vitest";
import { renderSvg } from "@/lib/charts/render-svg";

const scene = { width: 100, height: 50, shapes: [] };

describe("renderSvg names a drawing", () => {
  it("with its own title and description in a standalone file", () => {
    const svg = renderSvg(scene, { id: "c", title: "Điểm", desc: "Tóm tắt" });
    expect(svg).toContain('aria-labelledby="c-title c-desc"');
    expect(svg).toContain('<title id="c-title">Điểm</title><desc id="c-desc">Tóm tắt</desc>');
  });

  it("on a page, by reference to the figure's heading and summary, without a copy of their words", () => {
    const svg = renderSvg(scene, { id: "c", title: "Điểm", desc: "Tóm tắt", labelledBy: "c-heading", describedBy: "c-summary" });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="c-heading"');
    expect(svg).toContain('aria-describedby="c-summary"');
    expect(svg).not.toMatch(/<title|<desc|Điểm|Tóm tắt/);
  });

  it("hides a drawing with no name from screen readers", () => {
    expect(renderSvg(scene)).toContain('aria-hidden="true"');
  });
});
