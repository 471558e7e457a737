import { existsSync, watch } from "node:fs";
import path from "node:path";
import { ContentValidationError } from "../content/content-error.ts";
import { loadContent, type LoadOptions } from "../content/load-content.ts";
import { buildSiteGraph, type SiteGraph } from "../graph/site-graph.ts";
import { SEARCH_INDEX_FOLDER } from "../search/build-search-index.ts";

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

/**
 * The dev server may start (or be restarted by `tsx watch`) while the content is broken: there is no
 * graph to render yet, and handing the error to Eleventy would print its stack trace and stop the server.
 * This waits instead, with the French list of errors, until an edit of `contentDir` makes `load` succeed;
 * meanwhile the server keeps serving the pages of the last build.
 */
export async function untilContentLoads(load: () => Promise<unknown>, contentDir: string, report: (message: string) => void = console.error): Promise<void> {
  const attempt = async (): Promise<boolean> => {
    try {
      await load();
      return true;
    } catch (error) {
      if (!(error instanceof ContentValidationError)) throw error;
      report(`${error.message}\nLes pages affichées restent celles de la dernière construction réussie, jusqu’à ce que le contenu soit corrigé.`);
      return false;
    }
  };
  if (await attempt()) return;
  await new Promise<void>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    const watcher = watch(contentDir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(retry, 200);
    });
    const retry = () => {
      if (running) return;
      running = true;
      attempt().then(
        (loaded) => {
          running = false;
          if (!loaded) return;
          watcher.close();
          resolve();
        },
        (error: unknown) => {
          watcher.close();
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    };
  });
}

/**
 * The dev server rebuilds pages and open data only: PDFs and the search index it serves are those of
 * the last full build, which an editor would otherwise expect to follow their edits. Said only when
 * such files are there to be served.
 */
export function staleArtefactsNotice(siteDir: string): string | undefined {
  const pdfs = existsSync(path.join(siteDir, "pdf"));
  const search = existsSync(path.join(siteDir, SEARCH_INDEX_FOLDER));
  if (pdfs && search) return "Les PDF et l’index de recherche sont ceux de la dernière construction complète (npm run build) : ils ne suivent pas vos modifications.";
  if (pdfs) return "Les PDF sont ceux de la dernière construction complète (npm run build) : ils ne suivent pas vos modifications.";
  if (search) return "L’index de recherche est celui de la dernière construction complète (npm run build) : il ne suit pas vos modifications.";
  return undefined;
}
