import path from "node:path";
import { copyImages } from "../files/copy-images.ts";
import { precompressSite } from "../compression/precompress.ts";
import { writeOpenData } from "../open-data/write-open-data.ts";
import { printFichePdfs } from "../pdf/print-fiche-pdfs.ts";
import { indexSite } from "../search/index-site.ts";
import { writeHeadersFile } from "../security/write-headers-file.ts";
import type { BuildStep } from "./build-site.ts";

export interface DefaultStepOptions {
  /** PDFs and compressed copies kept between builds (`<cacheDir>/pdf/`, `<cacheDir>/compression/`). */
  cacheDir: string;
  /** Print every PDF again even if its page did not change. */
  force: boolean;
}

/**
 * The steps after the pages, in order: content images, open data, search index, PDFs, header file for
 * static hosts, and last the compressed copies, made from the final bytes of every file.
 */
export function defaultBuildSteps(options: DefaultStepOptions): BuildStep[] {
  return [
    {
      label: "Images du contenu",
      run: async (siteDir, { graph, log }) => {
        await copyImages(siteDir, graph.images);
        log(`  ${graph.images.length} ${graph.images.length > 1 ? "images copiées" : "image copiée"}`);
      },
    },
    {
      label: "Données ouvertes",
      run: async (siteDir, { graph, log }) => log(`  ${(await writeOpenData(siteDir, graph)).length} fichiers (JSON, schémas, flux Atom)`),
    },
    {
      label: "Index de recherche",
      run: async (siteDir, { graph, log }) => {
        const { pages, names } = await indexSite(siteDir, graph);
        log(`  ${pages} pages et ${names} noms du lexique indexés`);
      },
    },
    {
      label: "PDF imprimés",
      run: async (siteDir, { graph, log }) => {
        const printed = await printFichePdfs(siteDir, graph, { cacheDir: path.join(options.cacheDir, "pdf"), force: options.force });
        for (const pdf of printed) {
          log(`  ${pdf.slug}.pdf : ${pdf.pages} ${pdf.pages > 1 ? "pages" : "page"}, ${Math.ceil(pdf.bytes / 1024)} Ko${pdf.fromCache ? " (inchangé, repris du cache)" : ""}`);
        }
      },
    },
    { label: "En-têtes de sécurité", run: (siteDir) => writeHeadersFile(siteDir) },
    {
      label: "Fichiers précompressés",
      run: async (siteDir, { log }) => {
        const report = await precompressSite(siteDir, { brotli: true, cacheDir: path.join(options.cacheDir, "compression") });
        const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} Ko`;
        log(`  ${report.files} fichiers texte, ${kb(report.bytes)} : ${kb(report.gzipBytes)} en .gz, ${kb(report.brotliBytes)} en .br (${report.fromCache} copies reprises du cache)`);
      },
    },
  ];
}
