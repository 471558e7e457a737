// Benchmark: every figure the project holds itself to, each with its target, on a synthetic corpus
// (medians) and on the real content and site. Prints a table and writes bench-results/latest.json.
// Measures; asserts nothing. Usage: npm run bench [-- --runs 3 --fiches 200 --terms 2000 --risks 300]
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { writeBareEleventyProject } from "../src/bench/bare-eleventy.ts";
import { runTsx } from "../src/bench/child-process.ts";
import { measureDevEdit } from "../src/bench/dev-edit.ts";
import { median, timeRuns } from "../src/bench/median.ts";
import { measurePageWeight } from "../src/bench/page-weight.ts";
import { BenchReport } from "../src/bench/report.ts";
import { writeSyntheticCorpus } from "../src/bench/synthetic-corpus.ts";
import { measureValidateWall } from "../src/bench/validate-wall.ts";
import { loadContent } from "../src/content/load-content.ts";
import { renderPages } from "../src/eleventy/render-pages.ts";
import { buildSiteGraph } from "../src/graph/site-graph.ts";
import { printFichesToPdf } from "../src/pdf/print-fiches.ts";
import { chromiumLaunchOptions } from "../src/platform/chromium.ts";
import { repoRoot } from "../src/platform/repo-root.ts";
import { buildSearchIndex } from "../src/search/build-search-index.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    fiches: { type: "string", default: "200" },
    terms: { type: "string", default: "2000" },
    risks: { type: "string", default: "300" },
  },
});
const runs = Number(values.runs);
const size = { fiches: Number(values.fiches), terms: Number(values.terms), risks: Number(values.risks) };
const report = new BenchReport();
const realContent = path.join(repoRoot, "content");

// 1. The editors' commands on the real content.
const validateWall = await measureValidateWall(realContent, Math.max(runs, 5));
report.add("validateWallMs", "npm run validate, contenu réel, démarrage de Node compris (médiane)", median(validateWall), "ms", { max: 1000 });
const devEdits = await measureDevEdit(realContent, "hameconnage", Math.max(runs, 5));
report.add("devEditMs", "Serveur de développement : modification d’un terme visible (médiane)", median(devEdits), "ms", { max: 1000 });

// 2. The synthetic corpus: our pages against bare Eleventy on the same Markdown, same process.
const work = await mkdtemp(path.join(tmpdir(), "fiches-bench-"));
const corpus = path.join(work, "content");
console.log(`Corpus synthétique : ${size.fiches} fiches, ${size.terms} termes, ${size.risks} risques → ${corpus}`);
await writeSyntheticCorpus(corpus, size);

const validation = await timeRuns(runs, () => loadContent({ contentDir: corpus, rootDir: work }));
report.add("corpusValidationMs", "Corpus : lecture et validation du contenu (médiane)", median(validation), "ms");

const ours = await timeRuns(runs, async (run) =>
  renderPages(buildSiteGraph(await loadContent({ contentDir: corpus, rootDir: work })), path.join(work, `site-${run}`)),
);
const site = path.join(work, "site-0");
const pageCount = (await readdir(site, { recursive: true })).filter((name) => String(name).endsWith(".html")).length;
report.add("eleventyMs", `Corpus : contenu, graphe et ${pageCount} pages (médiane)`, median(ours), "ms");

const content = await loadContent({ contentDir: corpus, rootDir: work });
const bare = await writeBareEleventyProject(content, path.join(work, "bare"));
const bareRuns = await timeRuns(runs, async (run) => {
  const eleventy = new Eleventy(bare.input, path.join(work, `bare-site-${run}`), { configPath: bare.config, quietMode: true });
  await eleventy.write();
});
report.add("bareEleventyMs", "Corpus : Eleventy nu, même Markdown (médiane)", median(bareRuns), "ms");
report.add("ratio", "Corpus : notre construction / Eleventy nu", median(ours) / median(bareRuns), "×", { max: 1.25 });

const indexing = await timeRuns(runs, () => buildSearchIndex({ siteDir: site }));
report.add("pagefindMs", "Corpus : index Pagefind (médiane)", median(indexing), "ms");
report.add("pagefindPagesPerSecond", "Corpus : index Pagefind, pages par seconde", pageCount / (median(indexing) / 1000), "pages/s", { min: 2000 });

const corpusBuild = JSON.parse(
  (await runTsx("src/bench/corpus-build.ts", { FICHES_CONTENT_DIR: corpus, FICHES_SITE_DIR: path.join(work, "built") })).trim().split("\n").at(-1)!,
) as { peakRssMb: number; timings: { label: string; ms: number }[] };
report.add("peakRssMb", "Corpus : mémoire maximale d’une construction (pages, données, index)", corpusBuild.peakRssMb, "Mo", { max: 400 });

// 3. PDFs: one browser, warm. Time for 1 fiche and for 1 + N fiches; the difference is N warm prints.
const sample = buildSiteGraph(content).fiches.slice(1, 12).map((fiche) => ({ slug: fiche.id, url: fiche.url, info: fiche.pdf.info }));
const chromium = await chromiumLaunchOptions();
const print = (count: number) =>
  timeRuns(1, () =>
    printFichesToPdf({ siteDir: site, fiches: sample.slice(0, count), baseUrl: "https://banc.essai.fr", cacheDir: path.join(work, "pdf-cache"), force: true }, chromium),
  );
const [one] = await print(1);
const [many] = await print(sample.length);
await chromium.cleanup();
const warmPerFiche = (many! - one!) / (sample.length - 1);
report.add("pdfFirstMs", "PDF : première fiche, démarrage du navigateur compris", one!, "ms");
report.add("pdfPerSecondWarm", `PDF : fiches par seconde, navigateur chaud (${sample.length - 1} fiches)`, 1000 / warmPerFiche, "PDF/s", { min: 3 });
await rm(work, { recursive: true, force: true });

// 4. Page weight on the real built site.
const realSite = path.join(repoRoot, "_site");
const pageTypes = ["/", "/fiches/messagerie-instantanee/", "/lexique/", "/lexique/hameconnage/", "/risques/piratage/", "/points-cles/chiffrement/", "/recherche/", "/plan-du-site/"];
try {
  for (const page of pageTypes) {
    const weight = await measurePageWeight(realSite, page);
    report.add(`weight:${page}`, `Poids de ${page} : HTML et CSS, brotli`, weight.htmlCssBrotliBytes / 1024, "Ko", { max: 14 });
    report.add(`scripts:${page}`, `Poids de ${page} : JavaScript chargé d’emblée, brotli`, weight.scriptBytes / 1024, "Ko");
  }
} catch {
  console.warn("Poids des pages non mesuré : construisez d’abord le site (npm run build).");
}

console.log(`\n${report.table()}`);
const out = path.join(repoRoot, "bench-results");
await mkdir(out, { recursive: true });
const results = { date: new Date().toISOString(), node: process.version, runs, corpus: { ...size, pages: pageCount }, figures: report.figures };
await writeFile(path.join(out, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nRésultats : bench-results/latest.json`);
