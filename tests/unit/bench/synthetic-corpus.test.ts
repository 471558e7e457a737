import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../../../src/bench/synthetic-corpus.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { buildSiteGraph } from "../../../src/graph/site-graph.ts";

describe("unit", () => {
  describe("writeSyntheticCorpus", () => {
    it("writes content that passes the real validation, with glossary links in every fiche", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "fiches-corpus-"));
      try {
        await writeSyntheticCorpus(dir, { fiches: 3, terms: 20, risks: 7 });
        const content = await loadContent({ contentDir: dir, rootDir: dir });
        expect([content.fiches.length, content.terms.length, content.risks.length, content.criteria.length, content.helpServices.length]).toEqual([3, 20, 7, 6, 12]);
        const graph = buildSiteGraph(content);
        for (const fiche of graph.fiches) expect(fiche.usedTerms.length, fiche.id).toBeGreaterThan(0);
        for (const risk of graph.risks) expect(risk.help.length, risk.id).toBe(1);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});
