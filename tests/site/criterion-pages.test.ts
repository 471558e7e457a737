import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { ui } from "../../src/site/ui-strings.ts";
import { urls } from "../../src/site/urls.ts";
import { repeatedSentences } from "../helpers/repeated-sentences.ts";

interface CriterionPage {
  id: string;
  article: string;
}

let pages: CriterionPage[];
let selfCheck: string;

beforeAll(async () => {
  const siteDir = await builtSiteDir();
  const criteriaDir = path.join(siteDir, "points-cles");
  const ids = (await readdir(criteriaDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  pages = await Promise.all(
    ids.map(async (id) => {
      const html = await readFile(path.join(criteriaDir, id, "index.html"), "utf8");
      return { id, article: /<article\b[\s\S]*?<\/article>/.exec(html)?.[0] ?? "" };
    }),
  );
  selfCheck = await readFile(path.join(siteDir, "ma-messagerie-est-elle-sure", "index.html"), "utf8");
});

/** The `<li>` of the list right after the « Comment vérifier » heading and its note, or undefined. */
function howToCheckLines(article: string): string[] | undefined {
  const heading = `<h2 id="${urls.criterionHowToCheckId}">${ui.criterion.howToCheck}</h2>`;
  const at = article.indexOf(heading);
  if (at < 0) return undefined;
  const rest = article.slice(at + heading.length);
  const match = /^\s*<p class="editorial-note">([^<]*)<\/p>\s*<ul\b[^>]*>([\s\S]*?)<\/ul>/.exec(rest);
  if (!match || match[1] !== ui.criterion.howToCheckNote) return undefined;
  return [...match[2]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((line) => line[1]!.trim());
}

describe("site", () => {
  it("gives every key point page « Comment vérifier dans votre application », marked as ours, with 1 to 3 lines", () => {
    expect(pages.length).toBe(6);
    const problems: string[] = [];
    for (const { id, article } of pages) {
      const lines = howToCheckLines(article);
      if (!lines) problems.push(`${id} : pas de « ${ui.criterion.howToCheck} » suivi de la note de la rédaction et d’une liste`);
      else if (lines.length < 1 || lines.length > 3 || lines.some((line) => line === "")) problems.push(`${id} : ${lines.length} ligne(s)`);
      const order = [article.indexOf(ui.criterion.takeawayNote), article.indexOf(`id="${urls.criterionHowToCheckId}"`), article.indexOf(`>${ui.criterion.risks}</h2>`)];
      if (order.some((position) => position < 0) || order.some((position, index) => index > 0 && position < order[index - 1]!)) {
        problems.push(`${id} : « ${ui.criterion.howToCheck} » attendu après « À vérifier » et avant les risques`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("says whose key protects a cloud backup: the provider's does not, only one the reader alone holds", () => {
    const lines = howToCheckLines(pages.find((page) => page.id === "stockage-sur-cloud")!.article)!.join(" ");
    expect(lines).toContain("une sauvegarde chiffrée avec la clé du fournisseur n’est pas protégée contre lui");
    expect(lines).toContain("Seule une sauvegarde chiffrée avec une clé ou un mot de passe connus de vous seulement est protégée");
  });

  it("never says the same sentence twice on a key point page", () => {
    const repeats = pages.flatMap(({ id, article }) => repeatedSentences(article).map((pair) => `${id} : ${pair}`));
    expect(repeats).toEqual([]);
  });

  it("links every key point of the self-check, in its explanation and its result card, to how to check it", () => {
    for (const { id } of pages) {
      const links = selfCheck.split(`href="${urls.criterionHowToCheck(id)}"`).length - 1;
      expect(links, id).toBe(2);
    }
  });
});
