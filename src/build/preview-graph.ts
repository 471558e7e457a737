import { ContentValidationError } from "../content/content-error.ts";
import { loadContent, type LoadOptions } from "../content/load-content.ts";
import { buildSiteGraph, type SiteGraph } from "../graph/site-graph.ts";

/**
 * The dev server's graph loader: reads content again on each rebuild. When an edit breaks the
 * content, the editor gets the French list of errors alone and the pages stay as they were.
 */
export function loadGraphForPreview(options: LoadOptions, report: (message: string) => void = console.error): () => Promise<SiteGraph> {
  let lastGood: SiteGraph | undefined;
  return async () => {
    try {
      lastGood = buildSiteGraph(await loadContent(options));
    } catch (error) {
      if (!(error instanceof ContentValidationError) || !lastGood) throw error;
      report(`${error.message}\nLes pages affichées restent celles d’avant cette modification.`);
    }
    return lastGood;
  };
}
