import path from "node:path";
import { loadContent } from "../content/load-content.ts";
import { renderPages } from "../eleventy/render-pages.ts";
import { buildSiteGraph, type SiteGraph } from "../graph/site-graph.ts";
import { checkNodeVersion } from "../platform/prerequisites.ts";
import { createStagingDir, discardStagingDir, publishStagingDir } from "./publish.ts";

/** What every step after the pages reads: the graph the pages were written from, never a second one. */
export interface BuildContext {
  graph: SiteGraph;
  log: (message: string) => void;
}

/** One step of the build, run on the staging folder after the pages are written. */
export interface BuildStep {
  /** Shown in the build log, in French. */
  label: string;
  run(stagingDir: string, context: BuildContext): Promise<void>;
}

export interface BuildOptions {
  /** Editors' files: `site.yaml`, `fiches/`, `risques/`, `criteres/`, `lexique/`. */
  contentDir: string;
  /** Content errors name files relative to this folder. */
  rootDir: string;
  /** The published folder, replaced only when every step succeeded. */
  outputDir: string;
  /** Refuse placeholders (« À compléter », « À remplacer »). */
  production: boolean;
  /** Steps after the pages (open data, search index, PDFs…), in order. */
  steps: BuildStep[];
  log?: (message: string) => void;
}

export interface BuildReport {
  outputDir: string;
  timings: { label: string; ms: number }[];
}

/**
 * The one way the site is built: content is read and validated, the graph built once and handed to
 * the pages and to every step, all into a fresh folder that is published only when everything succeeded.
 */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  checkNodeVersion();
  const log = options.log ?? (() => {});
  const timings: BuildReport["timings"] = [];
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - started);
    timings.push({ label, ms });
    log(`✓ ${label} (${ms} ms)`);
    return result;
  };

  const content = await timed("Contenu validé", () =>
    loadContent({ contentDir: options.contentDir, rootDir: options.rootDir, production: options.production }),
  );
  const graph = await timed("Graphe du site", async () => buildSiteGraph(content));
  const stagingDir = await createStagingDir(options.outputDir);
  try {
    await timed("Pages écrites", () => renderPages(graph, stagingDir));
    for (const step of options.steps) await timed(step.label, () => step.run(stagingDir, { graph, log }));
    await publishStagingDir(stagingDir, options.outputDir);
  } catch (error) {
    await discardStagingDir(stagingDir);
    throw error;
  }
  log(`Site publié dans ${path.relative(process.cwd(), options.outputDir) || "."}/`);
  return { outputDir: options.outputDir, timings };
}
