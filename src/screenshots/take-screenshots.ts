import { execFile } from "node:child_process";
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import puppeteer from "puppeteer-core";
import { chromiumLaunchOptions } from "../platform/chromium.ts";
import { startStaticServer } from "../server/static-server.ts";
import type { PageSample } from "./page-samples.ts";

const run = promisify(execFile);

export const SCREEN_WIDTHS = [320, 1280] as const;
export const COLOR_SCHEMES = ["light", "dark"] as const;

/** Chromium cannot paint one image much taller than this: longer pages are cut into numbered parts. */
const MAX_SHOT_HEIGHT = 12_000;

export interface ScreenshotOptions {
  siteDir: string;
  outDir: string;
  pages: readonly PageSample[];
  widths?: readonly number[];
  schemes?: readonly (typeof COLOR_SCHEMES)[number][];
  /** Resolution of the PDF page images, in dots per inch. */
  pdfDpi?: number;
}

/**
 * Full-page PNGs of each page at each width and colour scheme, then of every PDF page: what a
 * reviewer opens to judge a change to the look, which no test can.
 */
export async function takeScreenshots(options: ScreenshotOptions): Promise<string[]> {
  const { siteDir, outDir, pages, widths = SCREEN_WIDTHS, schemes = COLOR_SCHEMES, pdfDpi = 60 } = options;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, "pdf"), { recursive: true });
  const written: string[] = [];
  const server = await startStaticServer(siteDir);
  const chromium = await chromiumLaunchOptions();
  const browser = await puppeteer.launch({ executablePath: chromium.executablePath, userDataDir: chromium.userDataDir, args: chromium.args, headless: true, pipe: true });
  try {
    const tab = await browser.newPage();
    for (const sample of pages) {
      for (const width of widths) {
        for (const scheme of schemes) {
          await tab.setViewport({ width, height: width === 320 ? 640 : 900 });
          await tab.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
          await tab.goto(`${server.origin}${sample.url}`, { waitUntil: "networkidle0" });
          const height = await tab.evaluate(() => document.documentElement.scrollHeight);
          const parts = Math.ceil(height / MAX_SHOT_HEIGHT);
          for (let part = 0; part < parts; part++) {
            const suffix = parts > 1 ? `-partie-${part + 1}` : "";
            const file = path.join(outDir, `${sample.name}-${width}-${scheme === "light" ? "clair" : "sombre"}${suffix}.png`);
            const y = part * MAX_SHOT_HEIGHT;
            await tab.screenshot({ path: file as `${string}.png`, clip: { x: 0, y, width, height: Math.min(MAX_SHOT_HEIGHT, height - y) }, captureBeyondViewport: true });
            written.push(file);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await chromium.cleanup();
  }
  const pdfDir = path.join(siteDir, "pdf");
  for (const name of (await readdir(pdfDir)).filter((file) => file.endsWith(".pdf")).sort()) {
    const prefix = path.join(outDir, "pdf", name.replace(/\.pdf$/, ""));
    await run("pdftoppm", ["-r", String(pdfDpi), "-png", path.join(pdfDir, name), prefix]);
  }
  const pdfImages = (await readdir(path.join(outDir, "pdf"))).sort().map((file) => path.join(outDir, "pdf", file));
  return [...written, ...pdfImages];
}
