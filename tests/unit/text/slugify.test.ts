import { describe, expect, it } from "vitest";
import { slugify } from "../../../src/text/slugify.ts";
import { normalizeForComparison } from "../../../src/text/normalize.ts";
import { formatFrenchDate } from "../../../src/text/format-date.ts";

describe("unit", () => {
  describe("slugify", () => {
    it("drops accents, apostrophes and case", () => {
      expect(slugify("Usurpation d’identité")).toBe("usurpation-d-identite");
      expect(slugify("  Rançongiciel !  ")).toBe("rancongiciel");
      expect(slugify("Cœur de l'œuvre")).toBe("coeur-de-l-oeuvre");
    });

    it("spells out capital ligatures too, as the scaffolding commands need for titles", () => {
      expect(slugify("Œuvres et Æsthétique")).toBe("oeuvres-et-aesthetique");
    });
  });

  describe("normalizeForComparison", () => {
    it("treats spellings that differ by accents, case and apostrophes as equal", () => {
      expect(normalizeForComparison("Vol d’Identité")).toBe(normalizeForComparison("vol d'identite"));
    });
  });

  describe("formatFrenchDate", () => {
    it("writes ISO dates the French way", () => {
      expect(formatFrenchDate("2026-11-27")).toBe("27 novembre 2026");
      expect(formatFrenchDate("2026-01-01")).toBe("1er janvier 2026");
    });
  });
});
