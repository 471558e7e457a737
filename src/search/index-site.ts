import type { SiteGraph } from "../graph/site-graph.ts";
import { buildSearchIndex } from "./build-search-index.ts";
import { termNameRecords } from "./term-name-records.ts";

/**
 * Pagefind index of the staged site: the pages about to be published, plus one record per glossary
 * term name, taken from the graph the pages were written from.
 */
export async function indexSite(siteDir: string, graph: SiteGraph): Promise<{ pages: number; names: number }> {
  const records = termNameRecords(graph.terms);
  const { entries } = await buildSearchIndex({ siteDir, records });
  return { pages: entries - records.length, names: records.length };
}
