import path from "node:path";
import { loadContent, type Content } from "../content/load-content.ts";
import { contentDirFromEnv, repoRoot } from "../content/paths.ts";
import { providePreloadedContent } from "../content/preloaded-content.ts";
import { checkNodeVersion } from "./prerequisites.ts";
import { createStagingDir, discardStagingDir, publishStagingDir } from "./publish.ts";
import { runEleventy } from "./run-eleventy.ts";

/** What every step after Eleventy can read: the content validated at the start of the build. */
export interface BuildContext {
  content: Content;
  log: (message: string) => void;
}

/** One step of the build, run on the staging folder after the pages are written. */
export interface BuildStep {
  /** Shown in the build log, in French. */
  label: string;
  run(stagingDir: string, context: BuildContext): Promise<void>;
}

export interface BuildOptions {
  /** Published folder: FICHES_SITE_DIR, or `_site/`. */
  outputDir?: string;
  /** Steps after Eleventy (search index, PDFs, checks), in order. */
  steps?: BuildStep[];
  log?: (message: string) => void;
}

export interface BuildReport {
  outputDir: string;
  timings: { label: string; ms: number }[];
}

/**
 * Validates content, writes every page and runs every step into a fresh folder, and publishes it
 * only when all succeeded: a failed build leaves the previous site exactly as it was.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildReport> {
  checkNodeVersion();
  const outputDir = path.resolve(repoRoot, options.outputDir ?? process.env.FICHES_SITE_DIR ?? "_site");
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
    loadContent({ contentDir: contentDirFromEnv(), rootDir: repoRoot, production: process.env.NODE_ENV === "production" }),
  );
  const stagingDir = await createStagingDir(outputDir);
  try {
    providePreloadedContent(content);
    await timed("Pages écrites", () => runEleventy(stagingDir));
    for (const step of options.steps ?? []) await timed(step.label, () => step.run(stagingDir, { content, log }));
    await publishStagingDir(stagingDir, outputDir);
  } catch (error) {
    providePreloadedContent(undefined);
    await discardStagingDir(stagingDir);
    throw error;
  }
  log(`Site publié dans ${path.relative(process.cwd(), outputDir) || "."}/`);
  return { outputDir, timings };
}
