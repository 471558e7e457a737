// The dev server alone, on the site `npm start` just built (run by it under `tsx watch`).
import { loadGraphForPreview, staleArtefactsNotice, untilContentLoads } from "../src/build/preview-graph.ts";
import { servePages } from "../src/eleventy/serve-pages.ts";
import { commandSettings } from "../src/platform/command-settings.ts";
import { repoRoot } from "../src/platform/repo-root.ts";

const settings = commandSettings();
const loadGraph = loadGraphForPreview({ contentDir: settings.contentDir, rootDir: repoRoot, production: settings.production });
await servePages({
  outputDir: settings.siteDir,
  port: Number(process.env.PORT || "8080"),
  host: process.env.HOST || "127.0.0.1",
  watch: [settings.contentDir],
  loadGraph,
  beforeFirstBuild: async (url) => {
    console.log(`Serveur de développement : ${url} (Ctrl+C pour arrêter)`);
    const notice = staleArtefactsNotice(settings.siteDir);
    if (notice) console.log(notice);
    await untilContentLoads(loadGraph, settings.contentDir);
  },
});
