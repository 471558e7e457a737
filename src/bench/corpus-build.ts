// Child process of the benchmark: builds a content folder (pages, open data, search index; no PDFs)
// and prints its timings and peak memory as JSON, so the figure is this build's alone.
import { buildSite, type BuildStep } from "../build/build-site.ts";
import { writeOpenData } from "../open-data/write-open-data.ts";
import { indexSite } from "../search/index-site.ts";
import { commandSettings } from "../platform/command-settings.ts";

const settings = commandSettings();
const steps: BuildStep[] = [
  { label: "Données ouvertes", run: async (dir, { graph }) => void (await writeOpenData(dir, graph)) },
  { label: "Index de recherche", run: async (dir, { graph }) => void (await indexSite(dir, graph)) },
];
const report = await buildSite({ contentDir: settings.contentDir, rootDir: settings.contentDir, outputDir: settings.siteDir, production: false, steps });
console.log(JSON.stringify({ timings: report.timings, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
