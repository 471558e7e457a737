import { expect, it } from "vitest";
import { renderInlineMarkdown, renderMarkdown } from "../../../src/markdown/markdown.ts";

it("renders an image of the content folder at its site address", () => {
  expect(renderInlineMarkdown("![Un schéma](images/schema.png)")).toBe('<img src="/images/schema.png" alt="Un schéma">');
});

it("never renders a request to another site, even for content that skipped validation", () => {
  const html = renderMarkdown("![pisteur](https://tracker.example/p.png) ![ref][r] ![proto](//cdn.example/x.png)\n\n[r]: http://cdn.example/y.png");
  expect(html).not.toMatch(/<img|tracker\.example|cdn\.example/);
  expect(html).toContain("pisteur");
  expect(html).toContain("ref");
});
