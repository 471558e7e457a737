// Benchmark: validation, Eleventy, Pagefind and PDF timings on a synthetic corpus (medians), the
// cost of our layer against a bare Eleventy build, and page weight on the real site. Reports
// numbers; asserts nothing. Usage: npm run bench [-- --runs 3 --fiches 200 --terms 2000 --risks 300]
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { writeBareEleventyProject } from "../src/bench/bare-eleventy.ts";
import { median, timeRuns } from "../src/bench/median.ts";
import { measurePageWeight, type PageWeight } from "../src/bench/page-weight.ts";
import { writeSyntheticCorpus } from "../src/bench/synthetic-corpus.ts";
import { renderPages } from "../src/eleventy/render-pages.ts";
import { buildSiteGraph } from "../src/graph/site-graph.ts";
import { loadContent } from "../src/content/load-content.ts";
import { repoRoot } from "../src/platform/repo-root.ts";
import { printFichesToPdf } from "../src/pdf/print-fiches.ts";
import { buildSearchIndex } from "../src/search/build-search-index.ts";
import { chromiumLaunchOptions } from "../src/platform/chromium.ts";

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
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, runs, corpus: size };
const rows: [string, string][] = [];
const ms = (value: number) => `${Math.round(value).toLocaleString("fr-FR")} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Ko`;

// 1. Validation of the real content (the editors' « npm run validate »).
const realValidation = await timeRuns(Math.max(runs, 5), () => loadContent({ contentDir: path.join(repoRoot, "content"), rootDir: repoRoot }));
results.realContentValidationMs = median(realValidation);
rows.push(["Validation du contenu réel (médiane)", ms(median(realValidation))]);

// 2. Synthetic corpus.
const work = await mkdtemp(path.join(tmpdir(), "fiches-bench-"));
const corpus = path.join(work, "content");
console.log(`Corpus synthétique : ${size.fiches} fiches, ${size.terms} termes, ${size.risks} risques → ${corpus}`);
await writeSyntheticCorpus(corpus, size);

const validation = await timeRuns(runs, () => loadContent({ contentDir: corpus, rootDir: work }));
results.validationMs = median(validation);
rows.push(["Validation du corpus (médiane)", ms(median(validation))]);

const ours = await timeRuns(runs, async (run) =>
  renderPages(buildSiteGraph(await loadContent({ contentDir: corpus, rootDir: work })), path.join(work, `site-${run}`)),
);
const site = path.join(work, "site-0");
const pageCount = (await readdir(site, { recursive: true })).filter((name) => String(name).endsWith(".html")).length;
results.eleventyMs = median(ours);
results.pages = pageCount;
rows.push([`Construction Eleventy, nos modèles (${pageCount} pages, médiane)`, ms(median(ours))]);

const content = await loadContent({ contentDir: corpus, rootDir: work });
const bare = await writeBareEleventyProject(content, path.join(work, "bare"));
const bareRuns = await timeRuns(runs, async (run) => {
  const eleventy = new Eleventy(bare.input, path.join(work, `bare-site-${run}`), { configPath: bare.config, quietMode: true });
  await eleventy.write();
});
results.bareEleventyMs = median(bareRuns);
results.ratio = median(ours) / median(bareRuns);
rows.push(["Construction Eleventy nue, même Markdown (médiane)", ms(median(bareRuns))]);
rows.push(["Rapport notre construction / construction nue (cible ≤ 1,25)", (median(ours) / median(bareRuns)).toFixed(2).replace(".", ",")]);

const pagefind = await timeRuns(runs, () => buildSearchIndex({ siteDir: site }));
results.pagefindMs = median(pagefind);
rows.push(["Index Pagefind (médiane)", ms(median(pagefind))]);

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
results.pdfFirstMs = one;
results.pdfWarmPerFicheMs = warmPerFiche;
results.pdfPerSecondWarm = 1000 / warmPerFiche;
rows.push(["PDF : première fiche, démarrage du navigateur compris", ms(one!)]);
rows.push([`PDF : par fiche, navigateur chaud (${sample.length - 1} fiches)`, ms(warmPerFiche)]);
rows.push(["PDF par seconde, navigateur chaud (cible ≥ 3)", (1000 / warmPerFiche).toFixed(1).replace(".", ",")]);

const peakKb = process.resourceUsage().maxRSS;
results.peakMemoryMb = peakKb / 1024;
rows.push(["Mémoire maximale (RSS)", `${Math.round(peakKb / 1024)} Mo`]);
await rm(work, { recursive: true, force: true });

// 4. Page weight on the real built site.
const realSite = path.join(repoRoot, "_site");
const pageTypes = ["/", "/fiches/messagerie-instantanee/", "/lexique/", "/lexique/hameconnage/", "/risques/piratage/", "/points-cles/chiffrement/", "/recherche/", "/plan-du-site/"];
const weights: PageWeight[] = [];
try {
  for (const page of pageTypes) weights.push(await measurePageWeight(realSite, page));
} catch {
  console.warn("Poids des pages non mesuré : construisez d’abord le site (npm run build).");
}
results.pageWeights = weights;
for (const weight of weights) {
  rows.push([
    `Poids ${weight.page} : HTML + CSS brotli (cible ≤ 14 Ko) · JS avant recherche`,
    `${kb(weight.htmlCssBrotliBytes)} · ${weight.scriptBytes === 0 ? "0" : `${kb(weight.scriptBytes)} (${weight.scripts.join(", ")})`}`,
  ]);
}

const width = Math.max(...rows.map(([label]) => label.length));
console.log("\n" + rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n"));
const out = path.join(repoRoot, "bench-results");
await mkdir(out, { recursive: true });
await writeFile(path.join(out, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nRésultats : bench-results/latest.json`);
