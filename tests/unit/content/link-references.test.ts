import { describe, expect, it } from "vitest";
import { linkReferences, UncheckedReferenceError } from "../../../src/content/link-references.ts";
import type { Fiche } from "../../../src/models/fiche.ts";
import type { GlossaryTerm } from "../../../src/models/glossary-term.ts";

const term = (id: string, seeAlso: string[]): GlossaryTerm => ({
  id,
  term: id,
  category: "attaques",
  short: "Une phrase.",
  aliases: [],
  englishEquivalents: [],
  advice: "Un conseil.",
  seeAlso,
  body: "Une définition.",
});

const fiche = (id: string, cites: string): Fiche => ({
  id,
  title: id,
  subtitle: "s",
  summary: "r",
  updated: "2026-01-01",
  version: "1.0",
  publisher: "p",
  pdf: { subject: "s", keywords: ["k"], maxPages: 2 },
  sections: [{ type: "ficheReference", text: "voir", fiche: cites }],
});

const STEPS = { protect: ["P1.", "P2.", "P3."], ifItHappened: ["I1.", "I2."], report: ["R1."] };

describe("unit", () => {
  describe("linkReferences", () => {
    it("replaces ids by the items themselves, the same object wherever it is cited", () => {
      const linked = linkReferences({
        terms: [term("a", ["b"]), term("b", ["a"])],
        criteria: [{ id: "c", order: 1, title: "C", takeaway: "t", question: "q ?", body: "b" }],
        risks: [
          { id: "r", label: "R", subRisks: ["s"], terms: ["a"], avoidedBy: ["c"], ...STEPS },
          { id: "s", label: "S", subRisks: [], terms: [], avoidedBy: [], ...STEPS },
        ],
        fiches: [fiche("f", "g"), fiche("g", "f")],
      });
      const [a, b] = linked.terms;
      expect(a!.seeAlso[0]).toBe(b);
      expect(b!.seeAlso[0]).toBe(a);
      expect(linked.risks[0]!.terms[0]).toBe(a);
      expect(linked.risks[0]!.avoidedBy[0]).toBe(linked.criteria[0]);
      expect(linked.risks[0]!.subRisks[0]).toBe(linked.risks[1]);
      const [f, g] = linked.fiches;
      expect(f!.sections[0]).toEqual({ type: "ficheReference", text: "voir", fiche: g });
      expect(g!.sections[0]!.type === "ficheReference" && g!.sections[0]!.fiche).toBe(f);
    });

    it("fails loudly on an id the checks should have refused", () => {
      expect(() => linkReferences({ terms: [term("a", ["absent"])], criteria: [], risks: [], fiches: [] })).toThrow(UncheckedReferenceError);
    });
  });
});
