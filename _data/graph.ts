import { loadContent } from "../src/content/load-content.ts";
import { contentDirFromEnv, repoRoot } from "../src/content/paths.ts";
import { takePreloadedContent } from "../src/content/preloaded-content.ts";
import { buildSiteGraph, type SiteGraph } from "../src/lib/site-graph.ts";

/** The validated site graph: every template reads content through this, never from files. */
export default async function graph(): Promise<SiteGraph> {
  const content =
    takePreloadedContent() ??
    (await loadContent({
      contentDir: contentDirFromEnv(),
      rootDir: repoRoot,
      production: process.env.NODE_ENV === "production",
    }));
  return buildSiteGraph(content);
}
