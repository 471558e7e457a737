import type UserConfig from "@11ty/eleventy/UserConfig";
import { assetsPlugin } from "./src/eleventy/assets.ts";
import { filtersPlugin } from "./src/eleventy/filters.ts";
import { markdownPlugin } from "./src/eleventy/markdown.ts";
import { openDataPlugin } from "./src/eleventy/open-data.ts";
import { pdfSizesPlugin } from "./src/eleventy/pdf-sizes.ts";
import { typescriptDataPlugin } from "./src/eleventy/typescript-data.ts";
import { outputDirFromEnv } from "./src/build/output-dir.ts";

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(typescriptDataPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(pdfSizesPlugin);
  eleventyConfig.addPlugin(openDataPlugin);
  eleventyConfig.setQuietMode(true);

  return {
    dir: { input: "src/pages", includes: "../../_includes", data: "../../_data", output: outputDirFromEnv() },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: false,
  };
}
