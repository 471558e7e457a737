import { writeFile } from "node:fs/promises";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { applyFrenchSpacingToHtml } from "../text/french-typography.ts";

/** What Eleventy hands to `eleventy.after` for each page it wrote. */
interface WrittenPage {
  outputPath: string | false;
  content: string;
}

/**
 * French spacing on the text of every HTML page, once written: what templates place between data
 * (« Question 3 (Chiffrement) : ») gets the same no-break spaces as UI strings and Markdown.
 * Attributes are spaced where their text is made (`ui`, page metadata), never here. Run after the
 * write rather than as a transform, which Eleventy times one by one and reports past 8 % of a build;
 * only pages that change are written again, in the build and on every rebuild of the dev server.
 */
export function frenchSpacingPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ results }: { results?: readonly WrittenPage[] }) => {
    // One page at a time: spacing every page at once held a second copy of the whole site (peak
    // memory of the 2,500-page bench corpus: 418 MB at once, 394 MB one by one).
    for (const { outputPath, content } of results ?? []) {
      if (typeof outputPath !== "string" || !outputPath.endsWith(".html")) continue;
      const spaced = applyFrenchSpacingToHtml(content);
      if (spaced !== content) await writeFile(outputPath, spaced);
    }
  });
}
