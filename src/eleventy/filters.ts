import type UserConfig from "@11ty/eleventy/UserConfig";
import { cssString } from "../lib/css-string.ts";

/** Small, pure presentation helpers for templates. */
export function filtersPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("cssString", (value: string) => cssString(value));
  eleventyConfig.addFilter("absoluteUrl", (path: string, baseUrl: string) => new URL(path, `${baseUrl}/`).href);
}
