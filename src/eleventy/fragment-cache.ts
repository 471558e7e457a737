import type UserConfig from "@11ty/eleventy/UserConfig";

interface NunjucksParser {
  nextToken(): { value: string };
  parseSignature(tolerant: null, noParens: boolean): unknown;
  advanceAfterBlockEnd(name?: string): void;
  parseUntilBlocks(...names: string[]): unknown;
}

interface NunjucksNodes {
  CallExtension: new (extension: object, method: string, args: unknown, contentArgs: unknown[]) => unknown;
}

interface NunjucksLibrary {
  runtime: { SafeString: new (value: string) => object };
}

/**
 * `{% fragment key %}…{% endfragment %}` renders its body once per build for each key and reuses
 * the HTML: the header, navigation and footer are the same on thousands of pages, and rendering
 * them again on each was a third of the build. The key must name everything the body depends on.
 */
export function fragmentCachePlugin(eleventyConfig: UserConfig): void {
  const cache = new Map<string, object>();
  eleventyConfig.on("eleventy.before", () => cache.clear());
  eleventyConfig.addNunjucksTag("fragment", (nunjucks: NunjucksLibrary) => ({
    tags: ["fragment"],
    parse(this: object, parser: NunjucksParser, nodes: NunjucksNodes) {
      const token = parser.nextToken();
      const args = parser.parseSignature(null, true);
      parser.advanceAfterBlockEnd(token.value);
      const body = parser.parseUntilBlocks("endfragment");
      parser.advanceAfterBlockEnd();
      return new nodes.CallExtension(this, "run", args, [body]);
    },
    run(_context: unknown, key: string, body: () => string): object {
      let html = cache.get(key);
      if (html === undefined) {
        html = new nunjucks.runtime.SafeString(body());
        cache.set(key, html);
      }
      return html;
    },
  }));
}
