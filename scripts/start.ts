// Builds the whole site, then serves it with live reload. Eleventy rebuilds on content and template
// changes; tsx restarts the server (scripts/serve.ts) when a TypeScript module changes.
import { spawn } from "node:child_process";
import path from "node:path";
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
    steps: defaultBuildSteps({ cacheDir: settings.cacheDir, force: false }),
    log: console.log,
  });
} catch (error) {
  reportFailure(error);
  process.exit(1);
}

const child = spawn(
  process.execPath,
  [
    path.join(repoRoot, "node_modules/tsx/dist/cli.mjs"),
    "watch",
    "--clear-screen=false",
    "--include=src/**/*.ts",
    "--include=_data/**/*.ts",
    "--include=eleventy.config.ts",
    path.join(repoRoot, "scripts/serve.ts"),
  ],
  { cwd: repoRoot, stdio: "inherit" },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("close", (code) => process.exit(code ?? 0));
