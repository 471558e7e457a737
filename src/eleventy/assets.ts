import { Transform } from "node:stream";
import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * The stylesheet as readers' browsers get it: its comments stay in the source for the people who
 * edit it, but cost every page about 1 KB of brotli, so the copy in _site/ has none, nor blank lines
 * or indents. (No string of site.css contains « /* ».)
 */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^[ \t]+/gm, "")
    .replace(/\n{2,}/g, "\n")
    .trimStart();
}

function compactCssStream(): Transform {
  const chunks: Buffer[] = [];
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
    flush(done) {
      done(null, compactCss(Buffer.concat(chunks).toString("utf8")));
    },
  });
}

/** Stylesheets and scripts are served from our own origin only (no CDN), under /assets/. */
export function assetsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy(
    { "_includes/assets": "assets" },
    { transform: (source: string) => (source.endsWith(".css") ? compactCssStream() : null) },
  );
  eleventyConfig.addWatchTarget("./_includes/assets/");
  eleventyConfig.addWatchTarget("./content/");
}
