import { beforeAll, describe, expect, it } from "vitest";
import { indexLetter, splitTrailingPunctuation, type SiteGraph } from "../../../src/lib/site-graph.ts";
import { minimalSiteGraph } from "../../helpers/content-fixture.ts";

let graph: SiteGraph;

beforeAll(async () => {
  graph = await minimalSiteGraph();
});

describe("unit", () => {
  describe("buildSiteGraph", () => {
    it("sorts glossary terms the French way and groups them by letter", () => {
      expect(graph.terms.map((term) => term.title)).toEqual(["Chiffrement", "Chiffrement de bout en bout", "Hameçonnage"]);
      expect(graph.letters.map((group) => [group.letter, group.terms.length])).toEqual([
        ["C", 2],
        ["H", 1],
      ]);
    });

    it("links risks, criteria and terms in both directions", () => {
      const piratage = graph.risks.find((risk) => risk.id === "piratage")!;
      expect(piratage.subRisks.map((risk) => risk.id)).toEqual(["vol"]);
      expect(piratage.subRisks[0]!.parent).toBe(piratage);
      expect(piratage.criteria.map((criterion) => criterion.id)).toEqual(["premier"]);
      const second = graph.criteria.find((criterion) => criterion.id === "second")!;
      expect(second.risks.map((risk) => risk.id)).toEqual(["vol"]);
      const chiffrement = graph.terms.find((term) => term.slug === "chiffrement")!;
      expect(chiffrement.risks.map((risk) => risk.id)).toEqual(["piratage"]);
    });

    it("records which fiches mention a risk and use a term", () => {
      const demo = graph.fiches.find((fiche) => fiche.slug === "demo")!;
      expect(demo.risks.map((risk) => risk.id)).toEqual(["piratage", "vol"]);
      expect(demo.usedTerms.map((term) => term.slug)).toEqual(["chiffrement", "chiffrement-de-bout-en-bout"]);
      const term = graph.terms.find((t) => t.slug === "chiffrement-de-bout-en-bout")!;
      expect(term.fiches.map((fiche) => fiche.url)).toEqual(["/fiches/demo/"]);
    });

    it("builds a table of contents from level-2 headings, with criteria below them", () => {
      const demo = graph.fiches.find((fiche) => fiche.slug === "demo")!;
      expect(demo.toc).toEqual([
        { id: "une-question", text: "Une question\u202F?", children: [] },
        {
          id: "les-points",
          text: "Les points",
          children: [
            { id: "premier-point", text: "Premier point", children: [] },
            { id: "second-point", text: "Second point", children: [] },
          ],
        },
      ]);
    });

    it("keeps list punctuation out of risk links", () => {
      const demo = graph.fiches.find((fiche) => fiche.slug === "demo")!;
      const risks = demo.sections.find((section) => section.type === "risks");
      expect(risks?.type === "risks" && risks.items[0]).toMatchObject({ html: "Piratage", trailing: "\u00A0:" });
    });

    it("gives each key point its self-check question and the glossary terms its text names", () => {
      const [premier, second] = graph.criteria;
      expect(premier).toMatchObject({ question: "Le premier point est-il respecté\u202F?", takeaway: "le premier point." });
      expect(premier!.terms.map((term) => term.slug)).toEqual(["chiffrement-de-bout-en-bout"]);
      expect(second!.terms).toEqual([]);
    });

    it("orders top-level risks as the fiches list them", () => {
      expect(graph.rootRisks.map((risk) => risk.id)).toEqual(["piratage"]);
    });
  });

  describe("indexLetter", () => {
    it("files accented letters under their base letter and digits together", () => {
      expect(indexLetter("Échange de SIM")).toBe("E");
      expect(indexLetter("2FA")).toBe("0–9");
    });
  });

  describe("splitTrailingPunctuation", () => {
    it("separates the sheet's list punctuation from the words", () => {
      expect(splitTrailingPunctuation("Piratage :")).toEqual({ words: "Piratage", trailing: " :" });
      expect(splitTrailingPunctuation("vol d'identité,")).toEqual({ words: "vol d'identité", trailing: "," });
      expect(splitTrailingPunctuation("sans")).toEqual({ words: "sans", trailing: "" });
    });
  });
});
