import type { BuildStep } from "../build/build-site.ts";
import { buildSiteGraph } from "../lib/site-graph.ts";
import { buildSearchIndex } from "./build-search-index.ts";
import { termNameRecords } from "./term-name-records.ts";

/**
 * Pagefind index of the staged site: the pages about to be published, plus one record per glossary
 * term name, taken from the content the build validated (the same graph the pages were written from).
 */
export function searchIndexStep(): BuildStep {
  return {
    label: "Index de recherche",
    run: async (stagingDir, { content, log }) => {
      const records = termNameRecords(buildSiteGraph(content).terms);
      const { entries } = await buildSearchIndex({ siteDir: stagingDir, records });
      log(`  ${entries - records.length} pages et ${records.length} noms du lexique indexés`);
    },
  };
}
