import type { Content } from "./load-content.ts";

let preloaded: Content | undefined;

/**
 * The full build validates content before Eleventy starts; handing that result to the data layer
 * spares a second read of every file. The dev server, in its own process, loads content itself.
 */
export function providePreloadedContent(content: Content | undefined): void {
  preloaded = content;
}

/** The content validated by this process's build, if any (used once, so later builds reload). */
export function takePreloadedContent(): Content | undefined {
  const content = preloaded;
  preloaded = undefined;
  return content;
}
