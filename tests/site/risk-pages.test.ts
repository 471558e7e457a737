import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { ui } from "../../src/site/ui-strings.ts";
import { repeatedSentences } from "../helpers/repeated-sentences.ts";

/** The three parts of a risk's advice, each with the fewest steps a page may show. */
const PARTS = [
  { title: ui.risk.protect, min: 3 },
  { title: ui.risk.ifItHappened, min: 2 },
  { title: ui.risk.report, min: 1 },
];

interface RiskPage {
  id: string;
  article: string;
}

let pages: RiskPage[];

beforeAll(async () => {
  const siteDir = await builtSiteDir();
  const riskDir = path.join(siteDir, "risques");
  const ids = (await readdir(riskDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  pages = await Promise.all(
    ids.map(async (id) => {
      const html = await readFile(path.join(riskDir, id, "index.html"), "utf8");
      const article = /<article\b[\s\S]*?<\/article>/.exec(html)?.[0] ?? "";
      return { id, article };
    }),
  );
});

/** The `<li>` of the ordered list that follows the `<h2>` titled `title`, or undefined without one. */
function stepsUnder(article: string, title: string): string[] | undefined {
  const heading = article.indexOf(`>${title}</h2>`);
  if (heading < 0) return undefined;
  const list = /^\s*<ol\b[^>]*>([\s\S]*?)<\/ol>/.exec(article.slice(heading + title.length + 6));
  return list ? [...list[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => match[1]!.trim()) : undefined;
}

describe("site", () => {
  it("gives every risk page its three parts of advice, each an ordered list with enough steps", async () => {
    expect(pages.map((page) => page.id).length).toBeGreaterThanOrEqual(9);
    const problems: string[] = [];
    for (const { id, article } of pages) {
      for (const { title, min } of PARTS) {
        const steps = stepsUnder(article, title);
        if (!steps) problems.push(`${id} : pas de « ${title} » suivi d’une liste numérotée`);
        else if (steps.length < min || steps.some((step) => step === "")) problems.push(`${id} : « ${title} » a ${steps.length} étape(s), ${min} au moins`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("shows the advice after the description and before the key points, marked as ours, in the search index", async () => {
    for (const { id, article } of pages) {
      const at = (text: string) => article.indexOf(text);
      const order = [at('class="prose lead"'), at(ui.risk.adviceNote), at(`>${ui.risk.protect}</h2>`), at(`>${ui.risk.report}</h2>`), at(`>${ui.risk.criteria}</h2>`)];
      expect(order.every((position) => position >= 0), id).toBe(true);
      expect([...order].sort((a, b) => a - b), id).toEqual(order);
      expect(article.split(ui.risk.adviceNote).length - 1, `${id} : une seule note pour les trois parties`).toBe(1);
      const adviceEnd = article.indexOf("</ol>", order[3]);
      expect(article.slice(0, adviceEnd), `${id} : conseils exclus de la recherche`).not.toContain("data-pagefind-ignore");
      expect(article, id).toContain("data-pagefind-body");
    }
  });

  it("never says the same sentence twice on a risk page", async () => {
    const repeats = pages.flatMap(({ id, article }) => repeatedSentences(article).map((pair) => `${id} : ${pair}`));
    expect(repeats).toEqual([]);
  });
});
