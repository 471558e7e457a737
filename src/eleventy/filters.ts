import type UserConfig from "@11ty/eleventy/UserConfig";
import { cssString } from "../lib/css-string.ts";
import { formatFrenchDate } from "../lib/format-date.ts";
import { frenchTypography } from "../markdown/french-typography.ts";

/** Small, pure presentation helpers for templates. */
export function filtersPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("typo", (value: unknown) => frenchTypography(String(value ?? "")));
  eleventyConfig.addFilter("frenchDate", (value: string) => formatFrenchDate(value));
  eleventyConfig.addFilter("cssString", (value: string) => cssString(value));
  eleventyConfig.addFilter("absoluteUrl", (path: string, baseUrl: string) => new URL(path, `${baseUrl}/`).href);
}
