// Builds the whole site, then serves it with live reload. Eleventy reloads content and templates;
// tsx restarts the server when a TypeScript module of src/ or _data/ changes.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildSite } from "../src/build/build-site.ts";
import { defaultBuildSteps } from "../src/build/default-steps.ts";
import { reportFailure } from "../src/build/report-failure.ts";
import { repoRoot } from "../src/content/paths.ts";

try {
  await buildSite({ steps: defaultBuildSteps(), log: console.log });
} catch (error) {
  reportFailure(error);
  process.exit(1);
}

const port = process.env.PORT ?? "8080";
const child = spawn(
  process.execPath,
  [
    path.join(repoRoot, "node_modules/tsx/dist/cli.mjs"),
    "watch",
    "--clear-screen=false",
    "--include=src/**/*.ts",
    "--include=_data/**/*.ts",
    "--include=eleventy.config.ts",
    path.join(repoRoot, "node_modules/@11ty/eleventy/cmd.cjs"),
    "--config=eleventy.config.ts",
    "--serve",
    `--port=${port}`,
  ],
  { cwd: repoRoot, stdio: "inherit", env: { ...process.env, FICHES_ELEVENTY_OUTPUT: "_site" } },
);
console.log(`Serveur de développement : http://localhost:${port}/ (Ctrl+C pour arrêter)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("close", (code) => process.exit(code ?? 0));
