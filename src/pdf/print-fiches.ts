import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import type { ChromiumLaunch } from "../platform/chromium.ts";
import { startStaticServer } from "../server/static-server.ts";
import { pdfPageCount, setPdfInfo, type PdfInfo } from "./pdf-info.ts";

/** Bump when the way PDFs are made changes without any input file changing. */
const PDF_RECIPE_VERSION = "1";

export interface FicheToPrint {
  slug: string;
  /** The fiche page, e.g. `/fiches/messagerie-instantanee/`. */
  url: string;
  info: PdfInfo;
}

export interface PrintOptions {
  /** The built site (staging folder): pages, stylesheets. */
  siteDir: string;
  fiches: FicheToPrint[];
  /** Production address: links in the PDF point there, not to the local print server. */
  baseUrl: string;
  /** PDFs kept between builds, named by the hash of what they were printed from. */
  cacheDir: string;
  force: boolean;
}

export interface PrintedPdf {
  slug: string;
  file: string;
  bytes: number;
  /** A4 pages, read from the file: the build refuses a PDF above its fiche's limit. */
  pages: number;
  fromCache: boolean;
}

async function readIfExists(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return "";
  }
}

/** Everything the printed result depends on: page, stylesheets, metadata, browser build, recipe. */
async function printHash(options: PrintOptions, fiche: FicheToPrint, chromium: string): Promise<string> {
  const hash = createHash("sha256");
  const chromiumFile = await stat(chromium);
  hash.update(`${PDF_RECIPE_VERSION}\n${chromium}:${chromiumFile.size}:${chromiumFile.mtimeMs}\n${options.baseUrl}\n`);
  hash.update(JSON.stringify(fiche.info));
  hash.update(await readIfExists(path.join(options.siteDir, fiche.url, "index.html")));
  hash.update(await readIfExists(path.join(options.siteDir, fiche.url, "impression.css")));
  const cssDir = path.join(options.siteDir, "assets/css");
  for (const name of (await readdir(cssDir)).sort()) hash.update(await readFile(path.join(cssDir, name)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Prints every fiche page to an A4, tagged PDF with one headless Chromium and one tab, reusing a
 * cached PDF when nothing it depends on changed. The browser starts only if something must be printed.
 */
export async function printFichesToPdf(options: PrintOptions, chromium: ChromiumLaunch): Promise<PrintedPdf[]> {
  await mkdir(options.cacheDir, { recursive: true });
  const jobs = await Promise.all(
    options.fiches.map(async (fiche) => {
      const hash = await printHash(options, fiche, chromium.executablePath);
      return { fiche, file: path.join(options.cacheDir, `${fiche.slug}-${hash}.pdf`) };
    }),
  );
  const results: PrintedPdf[] = [];
  let browser: Browser | undefined;
  let page: Page | undefined;
  const server = await startStaticServer(options.siteDir);
  try {
    for (const { fiche, file } of jobs) {
      const cached = !options.force && (await stat(file).catch(() => undefined));
      if (cached) {
        results.push({ slug: fiche.slug, file, bytes: cached.size, pages: pdfPageCount(await readFile(file)), fromCache: true });
        continue;
      }
      browser ??= await puppeteer.launch({
        // Talks to Chromium over a pipe, not a WebSocket: if this process dies, even by SIGKILL,
        // the pipe closes and Chromium quits with it instead of printing on forever.
        pipe: true,
        executablePath: chromium.executablePath,
        userDataDir: chromium.userDataDir,
        args: chromium.args,
        headless: true,
      });
      // One tab for every fiche: opening a tab costs more than printing a page.
      page ??= await browser.newPage();
      await page.goto(`${server.origin}${fiche.url}`, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate((baseUrl: string) => {
        for (const link of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
          const href = link.getAttribute("href") ?? "";
          if (!href.startsWith("#")) link.setAttribute("href", new URL(href, `${baseUrl}${location.pathname}`).href);
        }
      }, options.baseUrl);
      const printed = await page.pdf({
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
      });
      const pdf = setPdfInfo(printed, fiche.info);
      await removeOlderPrints(options.cacheDir, fiche.slug);
      await writeFile(file, pdf);
      results.push({ slug: fiche.slug, file, bytes: pdf.length, pages: pdfPageCount(pdf), fromCache: false });
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return results;
}

async function removeOlderPrints(cacheDir: string, slug: string): Promise<void> {
  const pattern = new RegExp(`^${slug}-[0-9a-f]{16}\\.pdf$`);
  for (const name of await readdir(cacheDir)) {
    if (pattern.test(name)) await rm(path.join(cacheDir, name), { force: true });
  }
}

/** Copies the printed PDFs into the site as `pdf/<slug>.pdf`. */
export async function publishPdfs(printed: PrintedPdf[], siteDir: string): Promise<void> {
  await mkdir(path.join(siteDir, "pdf"), { recursive: true });
  for (const pdf of printed) await copyFile(pdf.file, path.join(siteDir, "pdf", `${pdf.slug}.pdf`));
}

