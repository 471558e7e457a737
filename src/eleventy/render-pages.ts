import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteGraph } from "../graph/site-graph.ts";
import { openDataCatalog } from "../open-data/catalog.ts";
import { repoRoot } from "../platform/repo-root.ts";

/** The routes Eleventy renders; layouts and components sit in `_includes/`, per the config. */
export const PAGES_DIR = path.join(repoRoot, "src/pages");
export const ELEVENTY_CONFIG = path.join(repoRoot, "eleventy.config.ts");

/**
 * Hands the site graph to templates as the global `graph`. Frozen because Eleventy deep-copies
 * unfrozen global objects (the graph is large and its relations are cycles); templates never change it.
 */
export function provideGraph(config: UserConfig, graph: SiteGraph | (() => Promise<SiteGraph>)): void {
  const load = typeof graph === "function" ? graph : async () => graph;
  let current: Promise<SiteGraph> | undefined;
  config.on("eleventy.before", () => {
    current = load().then((value) => Object.freeze(value));
  });
  const latest = () => current ?? (current = load().then((value) => Object.freeze(value)));
  config.addGlobalData("graph", latest);
  config.addGlobalData("openDataCatalog", async () => openDataCatalog(await latest()));
}

/** Writes every page of the site into `outputDir` from a graph built once by the caller. */
export async function renderPages(graph: SiteGraph, outputDir: string): Promise<void> {
  const eleventy = new Eleventy(PAGES_DIR, outputDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
    config: (config: UserConfig) => provideGraph(config, graph),
  });
  await eleventy.write();
}
