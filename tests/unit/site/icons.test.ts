import { describe, expect, it } from "vitest";
import { iconIds } from "../../../src/models/icon.ts";
import { iconDrawings, iconSvg } from "../../../src/site/icons.ts";

describe("unit", () => {
  describe("icons", () => {
    it("has a drawing for every pictogram editors may choose, and no other", () => {
      expect(Object.keys(iconDrawings).sort()).toEqual([...iconIds].sort());
    });

    it("draws each as a small decorative 24 × 24 SVG, lines only, nothing that runs or loads", () => {
      for (const id of iconIds) {
        const svg = iconSvg(id);
        expect(svg, id).toMatch(/^<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">.*<\/svg>$/);
        expect(svg, id).not.toMatch(/<(?:script|style|image|use|a)\b|\bon\w+=|href|style=|fill=|stroke=/);
        expect(svg.length, id).toBeLessThan(400);
      }
    });

    it("refuses an unknown pictogram", () => {
      expect(() => iconSvg("poisson")).toThrow("Pictogramme inconnu : « poisson »");
    });
  });
});
