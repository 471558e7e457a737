// Writes full-page PNGs of every page type (320 and 1280 px, light and dark) and of every PDF page.
import path from "node:path";
import { builtSiteDir } from "../src/a11y/site-dir.ts";
import { repoRoot } from "../src/platform/repo-root.ts";
import { pageSamples } from "../src/screenshots/page-samples.ts";
import { takeScreenshots } from "../src/screenshots/take-screenshots.ts";

const outDir = path.resolve(process.argv[2] ?? path.join(repoRoot, "captures"));
const siteDir = await builtSiteDir();
const pages = await pageSamples(siteDir);
const files = await takeScreenshots({ siteDir, outDir, pages });
const shown = path.relative(process.cwd(), outDir);
console.log(`${files.length} images dans ${shown.startsWith("..") ? outDir : shown || "."}/ : ${pages.length} types de page × 2 largeurs × 2 thèmes, et les pages des PDF.`);
