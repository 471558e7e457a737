import { renderInlineMarkdown } from "../markdown/markdown.ts";
import { inlineMarkdownToText } from "../markdown/plain-text.ts";
import type { PageLink } from "./views.ts";

/** A title written in inline Markdown, as both HTML and plain text, with the page it names. */
export function pageLink(url: string, titleMarkdown: string, lang?: string): PageLink {
  return { url, titleHtml: renderInlineMarkdown(titleMarkdown), title: inlineMarkdownToText(titleMarkdown), lang };
}

export const frenchCollator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
