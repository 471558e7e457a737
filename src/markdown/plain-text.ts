import { renderInlineMarkdown } from "./markdown.ts";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Text of HTML that markdown-it produced (tags dropped, its five entities decoded). */
export function renderedHtmlToText(html: string): string {
  return html.replace(/<[^<>]*>/g, "").replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
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
