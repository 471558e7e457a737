import type { MarkdownIt, Token } from "markdown-it";

/**
 * Images in content are files of the content folder's `images/` folder, written
 * `![description](images/schema.png)`: served from the site itself, so no page, PDF or feed ever
 * asks another site for anything (a remote image would tell it who reads what).
 */
export const CONTENT_IMAGE_PATH = /^images\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:png|jpe?g|webp)$/;

/** The site address of an image of the content folder, or nothing for any other source. */
export function contentImageUrl(source: string): string | undefined {
  return CONTENT_IMAGE_PATH.test(source) ? `/${source}` : undefined;
}

export interface MarkdownImage {
  source: string;
  description: string;
  /** Line of the image's block, counted from 0 in the Markdown text. */
  line: number;
}

/** Every image a Markdown text would render, reference-style ones included. */
export function markdownImages(md: MarkdownIt, markdown: string): MarkdownImage[] {
  const images: MarkdownImage[] = [];
  const visit = (tokens: readonly Token[], line: number) => {
    for (const token of tokens) {
      const tokenLine = token.map?.[0] ?? line;
      if (token.type === "image") images.push({ source: String(token.attrGet("src") ?? ""), description: token.content.trim(), line: tokenLine });
      if (token.children) visit(token.children, tokenLine);
    }
  };
  visit(md.parse(markdown, {}), 0);
  return images;
}

/**
 * Renders images of the content folder at their site address; any other image becomes its
 * description as plain text, so even content that escaped validation makes no outside request.
 */
export function contentImagesPlugin(md: MarkdownIt): void {
  const renderImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, index, options, env, self) => {
    const token = tokens[index]!;
    const url = contentImageUrl(String(token.attrGet("src") ?? ""));
    if (!url) return md.utils.escapeHtml(token.content);
    token.attrSet("src", url);
    return renderImage(tokens, index, options, env, self);
  };
}
