import { describe, expect, it } from "vitest";
import { checkPageLimits, pageLimitProblems, PdfPageLimitError } from "../../../src/pdf/page-limit.ts";

const fiches = [
  { id: "courte", title: "Fiche courte", maxPages: 2 },
  { id: "longue", title: "Fiche longue", maxPages: 1 },
];

describe("unit", () => {
  describe("checkPageLimits", () => {
    it("accepts PDFs at or under their fiche's limit", () => {
      expect(() => checkPageLimits([{ slug: "courte", pages: 2 }, { slug: "longue", pages: 1 }], fiches)).not.toThrow();
    });

    it("names the fiche, its page count, its limit and the file where the limit is set", () => {
      expect(pageLimitProblems([{ slug: "courte", pages: 3 }, { slug: "longue", pages: 2 }], fiches)).toEqual([
        "Le PDF de la fiche « Fiche courte » fait 3 pages A4, au-delà de sa limite de 2 pages (pdf.maxPages dans content/fiches/courte.yaml) : raccourcissez la fiche ou relevez sa limite.",
        "Le PDF de la fiche « Fiche longue » fait 2 pages A4, au-delà de sa limite de 1 page (pdf.maxPages dans content/fiches/longue.yaml) : raccourcissez la fiche ou relevez sa limite.",
      ]);
    });

    it("throws one error listing every fiche over its limit, saying nothing was published", () => {
      const run = () => checkPageLimits([{ slug: "courte", pages: 5 }, { slug: "longue", pages: 1 }], fiches);
      expect(run).toThrow(PdfPageLimitError);
      expect(run).toThrow(/« Fiche courte » fait 5 pages A4[^\n]*\nRien n’a été publié\.$/);
    });
  });
});
