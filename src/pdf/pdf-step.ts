import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BuildStep } from "../build/build-site.ts";
import { repoRoot } from "../content/paths.ts";
import { inlineMarkdownToText } from "../lib/plain-text.ts";
import { urls } from "../lib/urls.ts";
import { listHtmlFiles } from "../search/list-html-files.ts";
import { chromiumLaunchOptions } from "../server/chromium.ts";
import { injectPdfSizes } from "./pdf-size.ts";
import { printFichesToPdf, publishPdfs } from "./print-fiches.ts";

/**
 * Prints every fiche to `pdf/<slug>.pdf`, then writes each PDF's size into the pages that link to
 * it. Fails (and so publishes nothing) when Chromium is missing: never a stale PDF beside new content.
 */
export function pdfStep(options: { force: boolean }): BuildStep {
  return {
    label: "PDF imprimés",
    async run(stagingDir, { content, log }) {
      const chromium = await chromiumLaunchOptions();
      try {
        const printed = await printFichesToPdf(
          {
            siteDir: stagingDir,
            baseUrl: content.site.baseUrl,
            cacheDir: path.resolve(repoRoot, process.env.FICHES_CACHE_DIR ?? ".cache", "pdf"),
            force: options.force,
            fiches: content.fiches.map(({ value: fiche }) => ({
              slug: fiche.slug,
              url: urls.fiche(fiche.slug),
              info: {
                title: `${inlineMarkdownToText(fiche.title)} — ${inlineMarkdownToText(fiche.subtitle)}`,
                author: fiche.publisher,
                subject: fiche.pdf.subject,
                keywords: fiche.pdf.keywords,
                creator: content.site.name,
                date: fiche.updated,
              },
            })),
          },
          chromium,
        );
        await publishPdfs(printed, stagingDir);
        const sizes = new Map(printed.map((pdf) => [pdf.slug, pdf.bytes]));
        for (const relative of await listHtmlFiles(stagingDir)) {
          const file = path.join(stagingDir, relative);
          const html = await readFile(file, "utf8");
          const updated = injectPdfSizes(html, sizes, true);
          if (updated !== html) await writeFile(file, updated);
        }
        for (const pdf of printed) {
          log(`  ${pdf.slug}.pdf : ${Math.ceil(pdf.bytes / 1024)} Ko${pdf.fromCache ? " (inchangé, repris du cache)" : ""}`);
        }
      } finally {
        await chromium.cleanup();
      }
    },
  };
}
