import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { repoRoot } from "../content/paths.ts";

/** Renders the pages into `outputDir` with our config, as the CLI would. */
export async function runEleventy(outputDir: string): Promise<void> {
  process.env.FICHES_ELEVENTY_OUTPUT = outputDir;
  const previousCwd = process.cwd();
  process.chdir(repoRoot);
  try {
    const eleventy = new Eleventy("src/pages", path.relative(repoRoot, outputDir), {
      configPath: "eleventy.config.ts",
      quietMode: true,
    });
    await eleventy.write();
  } finally {
    process.chdir(previousCwd);
  }
}
