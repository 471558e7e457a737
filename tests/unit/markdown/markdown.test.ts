import { describe, expect, it } from "vitest";
import { renderInlineMarkdown, renderMarkdown } from "../../../src/markdown/markdown.ts";

describe("unit", () => {
  describe("renderMarkdown", () => {
    it("shows raw HTML as text instead of rendering it", () => {
      const html = renderMarkdown("<script>alert(1)</script> et <img src=x onerror=alert(1)>");
      expect(html).not.toMatch(/<script|<img/);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    });

    it("refuses javascript: links", () => {
      expect(renderMarkdown("[clic](javascript:alert(1))")).not.toContain("href");
    });

    it("leaves template syntax as plain text", () => {
      expect(renderMarkdown("{{ 7 * 7 }} {% raw %}")).toContain("{{ 7 * 7 }} {% raw %}");
    });

    it("applies French typography, guillemets included", () => {
      expect(renderInlineMarkdown(`l'usage "sûr" : oui`)).toBe("l’usage «\u00A0sûr\u00A0»\u00A0: oui");
    });

    it("marks foreign words with their language", () => {
      expect(renderInlineMarkdown("dit [phishing]{lang=en}")).toBe('dit <span lang="en">phishing</span>');
    });

    it("keeps emphasis inside a language span", () => {
      expect(renderInlineMarkdown("[*open source*]{lang=en}")).toBe('<span lang="en"><em>open source</em></span>');
    });
  });
});
