// The dev server alone, on the site `npm start` just built (run by it under `tsx watch`).
import { loadGraphForPreview } from "../src/build/preview-graph.ts";
import { servePages } from "../src/eleventy/serve-pages.ts";
import { commandSettings } from "../src/platform/command-settings.ts";
import { repoRoot } from "../src/platform/repo-root.ts";

const settings = commandSettings();
const port = Number(process.env.PORT ?? "8080");
await servePages({
  outputDir: settings.siteDir,
  port,
  watch: [settings.contentDir],
  loadGraph: loadGraphForPreview({ contentDir: settings.contentDir, rootDir: repoRoot, production: settings.production }),
});
console.log(`Serveur de développement : http://localhost:${port}/ (Ctrl+C pour arrêter)`);
