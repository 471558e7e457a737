import { renderInlineBoth } from "../markdown/plain-text.ts";
import type { PageLink } from "./views.ts";

/** A title written in inline Markdown, as both HTML and plain text, with the page it names. */
export function pageLink(url: string, titleMarkdown: string, lang?: string): PageLink {
  const { html, text } = renderInlineBoth(titleMarkdown);
  return { url, titleHtml: html, title: text, lang };
}

export const frenchCollator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
