import { renderInlineMarkdown } from "./markdown.ts";

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Inline Markdown as plain text, with French typography: for `<title>`, PDF metadata and search. */
export function inlineMarkdownToText(source: string): string {
  return renderInlineMarkdown(source)
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}
