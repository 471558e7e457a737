// Runs pa11y-ci (axe + htmlcs, WCAG 2 AA) on every page of the built sitemap, served locally.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { localUrls, pa11yConfig } from "../src/a11y/pa11y-config.ts";
import { builtSiteDir } from "../src/a11y/site-dir.ts";
import { repoRoot } from "../src/platform/repo-root.ts";
import { chromiumLaunchOptions } from "../src/platform/chromium.ts";
import { startStaticServer } from "../src/server/static-server.ts";

const siteDir = await builtSiteDir();
const sitemap = await readFile(path.join(siteDir, "sitemap.xml"), "utf8");
const baseUrl = /<loc>(https?:\/\/[^/<]+)/.exec(sitemap)?.[1] ?? "";
const server = await startStaticServer(siteDir);
const chromium = await chromiumLaunchOptions();
const workDir = await mkdtemp(path.join(tmpdir(), "fiches-pa11y-"));
const configPath = path.join(workDir, "pa11y-ci.json");
const urls = localUrls(sitemap, baseUrl, server.origin);
await writeFile(configPath, JSON.stringify(pa11yConfig(urls, chromium), null, 2));
console.log(`pa11y-ci : ${urls.length} pages, moteurs axe et htmlcs, WCAG2AA.`);

const code = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, [path.join(repoRoot, "node_modules/pa11y-ci/bin/pa11y-ci.js"), "--config", configPath], {
    stdio: "inherit",
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: "1" },
  });
  child.on("close", (exitCode) => resolve(exitCode ?? 1));
});
await server.close();
await chromium.cleanup();
await rm(workDir, { recursive: true, force: true });
process.exit(code);
