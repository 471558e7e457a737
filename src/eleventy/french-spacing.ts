import type UserConfig from "@11ty/eleventy/UserConfig";
import { applyFrenchSpacingToHtml } from "../text/french-typography.ts";

/**
 * French spacing on the text of every HTML page, once written: what templates place between data
 * (« Question 3 (Chiffrement) : ») gets the same no-break spaces as UI strings and Markdown.
 * Attributes are spaced where their text is made (`ui`, page metadata), never here.
 */
export function frenchSpacingPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTransform("french-spacing", function (this: { page: { outputPath: string | false } }, content: string) {
    return typeof this.page.outputPath === "string" && this.page.outputPath.endsWith(".html") ? applyFrenchSpacingToHtml(content) : content;
  });
}
