import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load-content.ts";
import { buildSiteGraph, type SiteGraph } from "../../../src/graph/site-graph.ts";
import { settingsQuestions } from "../../../src/site/settings-check.ts";
import { urls } from "../../../src/site/urls.ts";
import { repoRoot } from "../../helpers/content-fixture.ts";

let graph: SiteGraph;

beforeAll(async () => {
  graph = buildSiteGraph(await loadContent({ contentDir: path.join(repoRoot, "content"), rootDir: repoRoot }));
});

describe("unit", () => {
  describe("settings questions of the self-check", () => {
    it("asks six questions, with ids that no key point question or other setting uses", () => {
      expect(settingsQuestions).toHaveLength(6);
      const ids = settingsQuestions.map((setting) => setting.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^r-[a-z0-9-]+$/);
      const criterionQuestionIds = graph.criteria.flatMap((criterion) => criterion.questions.map((question) => question.id));
      expect(ids.filter((id) => criterionQuestionIds.includes(id))).toEqual([]);
      expect(ids.filter((id) => graph.criteria.some((criterion) => criterion.id === id))).toEqual([]);
    });

    it("links each question to a non-empty step list of a risk that exists in the site graph", () => {
      for (const setting of settingsQuestions) {
        const risk = graph.risks.find((candidate) => candidate.id === setting.howTo.risk);
        expect(risk, `${setting.id}: no risk « ${setting.howTo.risk} »`).toBeDefined();
        expect(risk?.[setting.howTo.part].length, `${setting.id}: no step in ${setting.howTo.part}`).toBeGreaterThan(0);
        expect(setting.howToUrl).toBe(`${risk?.url}#${urls.riskStepIds[setting.howTo.part]}`);
      }
    });

    it("links to ids the risk page really gives its step lists", async () => {
      const template = await readFile(path.join(repoRoot, "_includes/pages/risk.njk"), "utf8");
      for (const part of new Set(settingsQuestions.map((setting) => setting.howTo.part))) {
        expect(template).toContain(`steps(ui.urls.riskStepIds.${part},`);
      }
      expect(template).toContain('<h2 id="{{ id }}">');
    });

    it("links each question to steps that speak of what it asks", () => {
      const stepsText = (risk: string, part: "protect" | "ifItHappened" | "report") =>
        (graph.risks.find((candidate) => candidate.id === risk)?.[part] ?? []).map((step) => step.html).join(" ");
      const expectedWords: Record<string, RegExp> = {
        "r-verrouillage": /Verrouillez votre téléphone par un code/,
        "r-deux-etapes": /validation en deux étapes, avec un code PIN/,
        "r-mises-a-jour": /mises à jour automatiques/,
        "r-appareils-connectes": /liste des appareils connectés/,
        "r-sauvegardes": /sauvegarde chiffrée/,
        "r-groupes": /vous ajouter à un groupe/,
      };
      for (const setting of settingsQuestions) {
        expect(stepsText(setting.howTo.risk, setting.howTo.part), setting.id).toMatch(expectedWords[setting.id] ?? /^$/);
      }
    });

    it("is written in French typography: typographic apostrophes, no bare space before ? ! ; :", () => {
      for (const setting of settingsQuestions) {
        for (const text of [setting.title, setting.question, setting.why]) {
          expect(text, setting.id).not.toMatch(/'/);
          expect(text, setting.id).not.toMatch(/ [?!;:]/);
          expect(text, setting.id).not.toMatch(/[^\u00A0\u202F][?!;:]/);
        }
        expect(setting.question, setting.id).toMatch(/\u202F\?/);
      }
    });

    it("reaches the self-check page through the site graph, each link also as an absolute address for paper", () => {
      expect(graph.settingsQuestions.map((setting) => setting.id)).toEqual(settingsQuestions.map((setting) => setting.id));
      for (const setting of graph.settingsQuestions) {
        expect(setting.printedUrl).toBe(`${graph.site.baseUrl.replace(/\/$/, "")}${setting.howToUrl}`);
      }
    });
  });
});
