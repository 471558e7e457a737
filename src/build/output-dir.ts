import path from "node:path";
import { repoRoot } from "../content/paths.ts";

/**
 * The build writes into a fresh folder it names in FICHES_ELEVENTY_OUTPUT; the dev server and
 * a plain `eleventy` run write straight into `_site/`.
 */
export function outputDirFromEnv(): string {
  return path.relative(repoRoot, path.resolve(repoRoot, process.env.FICHES_ELEVENTY_OUTPUT ?? "_site")) || ".";
}
