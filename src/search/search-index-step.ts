import type { BuildStep } from "../build/build-site.ts";
import { buildSearchIndex } from "./build-search-index.ts";

/** Pagefind index of the staged site: built from exactly the pages that are about to be published. */
export function searchIndexStep(): BuildStep {
  return {
    label: "Index de recherche",
    run: async (stagingDir) => {
      await buildSearchIndex({ siteDir: stagingDir });
    },
  };
}
