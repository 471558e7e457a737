import type UserConfig from "@11ty/eleventy/UserConfig";
import { assetsPlugin } from "./src/eleventy/assets.ts";
import { filtersPlugin } from "./src/eleventy/filters.ts";
import { fragmentCachePlugin } from "./src/eleventy/fragment-cache.ts";
import { frenchSpacingPlugin } from "./src/eleventy/french-spacing.ts";
import { markdownPlugin } from "./src/eleventy/markdown.ts";
import { typescriptDataPlugin } from "./src/eleventy/typescript-data.ts";

/** Input and output folders and the site graph are given by `src/eleventy/render-pages.ts`. */
export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(typescriptDataPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(fragmentCachePlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(frenchSpacingPlugin);
  eleventyConfig.setQuietMode(true);

  return {
    dir: { includes: "../../_includes", data: "../../_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    markdownTemplateEngine: false,
  };
}
