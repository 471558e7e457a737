import { buildSite } from "../src/build/build-site.ts";
import { defaultBuildSteps } from "../src/build/default-steps.ts";
import { reportFailure } from "../src/build/report-failure.ts";
import { commandSettings } from "../src/platform/command-settings.ts";
import { repoRoot } from "../src/platform/repo-root.ts";

const settings = commandSettings();
try {
  await buildSite({
    contentDir: settings.contentDir,
    rootDir: repoRoot,
    outputDir: settings.siteDir,
    production: settings.production,
    steps: defaultBuildSteps({ cacheDir: settings.cacheDir, force: process.argv.includes("--force") }),
    log: console.log,
  });
} catch (error) {
  reportFailure(error);
  process.exit(1);
}
