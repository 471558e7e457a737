import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import { contentImagesPlugin } from "./content-images.ts";
import { frenchTypographyPlugin } from "./french-typography-plugin.ts";
import { glossaryLinksPlugin } from "./glossary-links.ts";
import { langSpanPlugin } from "./lang-span.ts";

/**
 * The one markdown-it configuration of the site. `html: false` is a security boundary: raw HTML
 * written in content is shown as text, never rendered.
 */
export function createMarkdown(): MarkdownItInstance {
  const md = new MarkdownIt({
    html: false,
    linkify: false,
    typographer: true,
    quotes: ["«\u00A0", "\u00A0»", "“", "”"],
  });
  md.use(langSpanPlugin);
  md.use(frenchTypographyPlugin);
  md.use(glossaryLinksPlugin);
  md.use(contentImagesPlugin);
  return md;
}

const shared = createMarkdown();

/** The site's parser, for checks that must see Markdown exactly as pages will render it. */
export function sharedMarkdown(): MarkdownItInstance {
  return shared;
}

/** Block Markdown (paragraphs, lists) to HTML. */
export function renderMarkdown(source: string, env: object = {}): string {
  return shared.render(source, env as Record<string, unknown>);
}

/** One line of Markdown (a label, a list item) to HTML without a wrapping paragraph. */
export function renderInlineMarkdown(source: string, env: object = {}): string {
  return shared.renderInline(source, env as Record<string, unknown>);
}
