import { renderInlineMarkdown } from "./markdown.ts";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** The guillemets the stylesheet draws around `<q>` (`quotes` in site.css), by depth. */
const QUOTE_MARKS: readonly (readonly [string, string])[] = [
  ["«\u00A0", "\u00A0»"],
  ["“", "”"],
];

/**
 * Text of HTML that markdown-it produced (tags dropped, its five entities decoded). A quotation
 * (`<q>`) gets the guillemets a browser would draw, so a title or a description keeps them.
 */
export function renderedHtmlToText(html: string): string {
  let depth = 0;
  return html
    .replace(/<(\/?)(q)?[^<>]*>/g, (tag, closing: string, quote: string | undefined) => {
      if (quote === undefined || !/^<\/?q>$/.test(tag)) return "";
      const marks = QUOTE_MARKS[Math.min(closing ? depth - 1 : depth, QUOTE_MARKS.length - 1)] ?? QUOTE_MARKS[0]!;
      depth = closing ? Math.max(depth - 1, 0) : depth + 1;
      return closing ? marks[1] : marks[0];
    })
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Inline Markdown as plain text, with French typography: for `<title>`, PDF metadata and search. */
export function inlineMarkdownToText(source: string): string {
  return renderedHtmlToText(renderInlineMarkdown(source));
}

/** Inline Markdown rendered once, as HTML and as plain text. */
export function renderInlineBoth(source: string): { html: string; text: string } {
  const html = renderInlineMarkdown(source);
  return { html, text: renderedHtmlToText(html) };
}
