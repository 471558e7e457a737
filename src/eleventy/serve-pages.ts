import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteGraph } from "../graph/site-graph.ts";
import { writeOpenData } from "../open-data/write-open-data.ts";
import { pdfSizesPlugin } from "./pdf-sizes.ts";
import { ELEVENTY_CONFIG, PAGES_DIR, provideGraph } from "./render-pages.ts";

export interface ServeOptions {
  /** The published site, written over in place: the search index and PDFs of the last full build stay. */
  outputDir: string;
  port: number;
  /** Loads content and builds the graph again: called on every rebuild, so edits show at once. */
  loadGraph: () => Promise<SiteGraph>;
  /** Folders whose changes trigger a rebuild (the content folder). */
  watch: string[];
}

/**
 * The dev server: the same pages, from the same graph builder as a full build, rebuilt on every
 * change to content or templates, with open data kept in step.
 */
export async function servePages(options: ServeOptions): Promise<Eleventy> {
  let latest: SiteGraph | undefined;
  const eleventy = new Eleventy(PAGES_DIR, options.outputDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    runMode: "serve",
    config: (config: UserConfig) => {
      provideGraph(config, async () => (latest = await options.loadGraph()));
      for (const folder of options.watch) config.addWatchTarget(folder);
      config.addPlugin(pdfSizesPlugin, { pdfDir: path.join(options.outputDir, "pdf") });
      config.on("eleventy.after", async () => {
        if (latest) await writeOpenData(options.outputDir, latest);
      });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port);
  return eleventy;
}
