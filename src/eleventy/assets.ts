import type UserConfig from "@11ty/eleventy/UserConfig";

/** Stylesheets and scripts are served from our own origin only (no CDN), under /assets/. */
export function assetsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ "_includes/assets": "assets" });
  eleventyConfig.addWatchTarget("./_includes/assets/");
  eleventyConfig.addWatchTarget("./content/");
}
