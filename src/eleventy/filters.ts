import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteGraph } from "../graph/site-graph.ts";
import { iconSvg } from "../site/icons.ts";
import { breakableUrlHtml } from "../text/breakable-url.ts";
import { cssString } from "../text/css-string.ts";

/** Page metadata by URL; a page the graph does not know about stops the build rather than show a bare layout. */
function pageMeta(graph: SiteGraph, url: string) {
  const meta = graph.pages[url];
  if (!meta) throw new Error(`Page sans métadonnées dans le graphe du site : ${url} (ajoutez-la dans src/graph/pages.ts).`);
  return meta;
}

/** Small, pure presentation helpers for templates; each computes in `src/`, never in the template. */
export function filtersPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("cssString", cssString);
  eleventyConfig.addFilter("pageMeta", pageMeta);
  /** Printed addresses: HTML that breaks only after « / » or before « . - _ ? # = & » (use with `safe`). */
  eleventyConfig.addFilter("breakableUrl", breakableUrlHtml);
  /** A pictogram's inline SVG, decorative (`aria-hidden`), by its id: `{{ risk.icon | icon | safe }}`. */
  eleventyConfig.addFilter("icon", iconSvg);
}
