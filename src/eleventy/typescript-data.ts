import { pathToFileURL } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * Eleventy ignores `_data/*.ts` unless told how to read it. A data module's default export may be
 * a function: it is called on every build, so the dev server sees edited content.
 */
export function typescriptDataPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (filePath: string) => {
      const module = (await import(pathToFileURL(filePath).href)) as { default: unknown };
      return typeof module.default === "function" ? await (module.default as () => unknown)() : module.default;
    },
  });
}
