import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { hasPdfSizeMarker, injectPdfSizes } from "../pdf/pdf-size.ts";

/**
 * On the dev server, pages are rewritten after the full build printed the PDFs: show the sizes of
 * the PDFs already in `pdfDir`. In a full build the folder is fresh and the PDF step does it.
 */
export function pdfSizesPlugin(eleventyConfig: UserConfig, options: { pdfDir: string }): void {
  eleventyConfig.addTransform("pdf-sizes", function (this: { page: { outputPath: string | false } }, content: string) {
    if (!this.page.outputPath || !this.page.outputPath.endsWith(".html") || !hasPdfSizeMarker(content)) return content;
    const sizes = new Map<string, number>();
    try {
      for (const name of readdirSync(options.pdfDir)) {
        if (name.endsWith(".pdf")) sizes.set(name.slice(0, -4), statSync(path.join(options.pdfDir, name)).size);
      }
    } catch {
      return content;
    }
    return injectPdfSizes(content, sizes);
  });
}
