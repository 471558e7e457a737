import { describe, expect, it } from "vitest";
import { linkReferences, UncheckedReferenceError } from "../../../src/content/link-references.ts";
import type { Fiche } from "../../../src/models/fiche.ts";
import type { GlossaryTerm } from "../../../src/models/glossary-term.ts";
import type { HelpService } from "../../../src/models/help-service.ts";

const term = (id: string, seeAlso: string[], help: string[] = []): GlossaryTerm => ({
  id,
  term: id,
  category: "attaques",
  short: "Une phrase.",
  otherNames: [],
  englishNames: [],
  improperNames: [],
  searchSpellings: [],
  reviewed: "2026-12-02",
  advice: "Un conseil.",
  seeAlso,
  help,
  body: "Une définition.",
});

const service = (id: string): HelpService => ({
  id,
  name: id,
  purpose: "Aider.",
  audience: "Tout le monde",
  situations: ["arnaque"],
  contact: { phone: "3018" },
  checked: "2026-12-02",
  sources: ["https://www.example.fr/page"],
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
        terms: [term("a", ["b"], ["h"]), term("b", ["a"])],
        criteria: [{ id: "c", order: 1, title: "C", icon: "cadenas", takeaway: "t", questions: ["q ?"], howToCheck: ["h."], body: "b" }],
        risks: [
          { id: "r", label: "R", icon: "hamecon", subRisks: ["s"], terms: ["a"], avoidedBy: ["c"], help: ["h"], ...STEPS },
          { id: "s", label: "S", icon: "oeil", subRisks: [], terms: [], avoidedBy: [], help: [], ...STEPS },
        ],
        fiches: [fiche("f", "g"), fiche("g", "f")],
        helpServices: [service("h")],
      });
      const [a, b] = linked.terms;
      expect(a!.seeAlso[0]).toBe(b);
      expect(b!.seeAlso[0]).toBe(a);
      expect(linked.risks[0]!.terms[0]).toBe(a);
      expect(linked.risks[0]!.avoidedBy[0]).toBe(linked.criteria[0]);
      expect(linked.risks[0]!.subRisks[0]).toBe(linked.risks[1]);
      expect(linked.risks[0]!.help[0]).toBe(linked.helpServices[0]);
      expect(a!.help[0]).toBe(linked.helpServices[0]);
      const [f, g] = linked.fiches;
      expect(f!.sections[0]).toEqual({ type: "ficheReference", text: "voir", fiche: g });
      expect(g!.sections[0]!.type === "ficheReference" && g!.sections[0]!.fiche).toBe(f);
    });

    it("fails loudly on an id the checks should have refused", () => {
      expect(() => linkReferences({ terms: [term("a", ["absent"])], criteria: [], risks: [], fiches: [], helpServices: [] })).toThrow(UncheckedReferenceError);
      expect(() => linkReferences({ terms: [term("a", [], ["absent"])], criteria: [], risks: [], fiches: [], helpServices: [] })).toThrow(UncheckedReferenceError);
    });
  });
});
