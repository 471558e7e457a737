import { describe, expect, it } from "vitest";
import { applyFrenchSpacing, frenchTypography } from "../../../src/text/french-typography.ts";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

describe("unit", () => {
  describe("applyFrenchSpacing", () => {
    it("puts a narrow no-break space before ; ! ? whether or not the editor typed a space", () => {
      expect(applyFrenchSpacing("Quoi ? Oui; non!")).toBe(`Quoi${NNBSP}? Oui${NNBSP}; non${NNBSP}!`);
    });

    it("puts a no-break space before a colon followed by a space", () => {
      expect(applyFrenchSpacing("notamment : ceci")).toBe(`notamment${NBSP}: ceci`);
      expect(applyFrenchSpacing("Exemple: cela")).toBe(`Exemple${NBSP}: cela`);
    });

    it("leaves URLs, times and query strings alone", () => {
      expect(applyFrenchSpacing("https://exemple.fr/?q=1 à 10:30")).toBe("https://exemple.fr/?q=1 à 10:30");
    });

    it("puts no-break spaces inside guillemets", () => {
      expect(applyFrenchSpacing("dit « phishing »")).toBe(`dit «${NBSP}phishing${NBSP}»`);
      expect(applyFrenchSpacing("«phishing»")).toBe(`«${NBSP}phishing${NBSP}»`);
    });
  });

  describe("frenchTypography", () => {
    it("turns straight apostrophes between letters into typographic ones", () => {
      expect(frenchTypography("Qu'est-ce que l'attaque ?")).toBe(`Qu’est-ce que l’attaque${NNBSP}?`);
    });
  });
});
