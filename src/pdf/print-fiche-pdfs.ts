import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteGraph } from "../graph/site-graph.ts";
import { chromiumLaunchOptions } from "../platform/chromium.ts";
import { listHtmlFiles } from "../files/list-html-files.ts";
import { checkPageLimits } from "./page-limit.ts";
import { injectPdfSizes } from "./pdf-size.ts";
import { printFichesToPdf, publishPdfs, type PrintedPdf } from "./print-fiches.ts";

export interface FichePdfOptions {
  /** PDFs kept between builds, named by the hash of what they were printed from. */
  cacheDir: string;
  /** Print every PDF again even if its page did not change. */
  force: boolean;
}

/**
 * Prints every fiche to `pdf/<slug>.pdf`, then writes each PDF's size into the pages that link to
 * it. Fails (and so publishes nothing) when Chromium is missing, never a stale PDF beside new content,
 * and when a PDF has more pages than its fiche's `pdf.maxPages`.
 */
export async function printFichePdfs(siteDir: string, graph: SiteGraph, options: FichePdfOptions): Promise<PrintedPdf[]> {
  const chromium = await chromiumLaunchOptions();
  try {
    const printed = await printFichesToPdf(
      {
        siteDir,
        baseUrl: graph.site.baseUrl,
        cacheDir: options.cacheDir,
        force: options.force,
        fiches: graph.fiches.map((fiche) => ({ slug: fiche.id, url: fiche.url, info: fiche.pdf.info })),
      },
      chromium,
    );
    checkPageLimits(
      printed,
      graph.fiches.map((fiche) => ({ id: fiche.id, title: fiche.title, maxPages: fiche.pdf.maxPages })),
    );
    await publishPdfs(printed, siteDir);
    const sizes = new Map(printed.map((pdf) => [pdf.slug, pdf.bytes]));
    for (const relative of await listHtmlFiles(siteDir)) {
      const file = path.join(siteDir, relative);
      const html = await readFile(file, "utf8");
      const updated = injectPdfSizes(html, sizes, true);
      if (updated !== html) await writeFile(file, updated);
    }
    return printed;
  } finally {
    await chromium.cleanup();
  }
}
