import type UserConfig from "@11ty/eleventy/UserConfig";
import { createMarkdown } from "../markdown/markdown.ts";

/** Any Markdown Eleventy itself renders goes through our safe, French instance too. */
export function markdownPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setLibrary("md", createMarkdown());
}
