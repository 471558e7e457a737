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

    it("marks a short quotation with <q>, whose guillemets come from the stylesheet", () => {
      expect(renderInlineMarkdown("Il écrit : [Paie, ou tout le monde verra ça.]{q}")).toBe("Il écrit\u00A0: <q>Paie, ou tout le monde verra ça.</q>");
    });

    it("keeps Markdown, French spacing and language spans inside a quotation", () => {
      expect(renderInlineMarkdown("[C'est *toi* sur cette vidéo ?]{q}")).toBe("<q>C’est <em>toi</em> sur cette vidéo\u202F?</q>");
      expect(renderInlineMarkdown("[Regarde ce [reel]{lang=en} !]{q}")).toBe('<q>Regarde ce <span lang="en">reel</span>\u202F!</q>');
      expect(renderInlineMarkdown("[[Pay or everyone will see it.]{lang=en}]{q}")).toBe('<q><span lang="en">Pay or everyone will see it.</span></q>');
    });

    it("marks several quotations of one paragraph", () => {
      expect(renderMarkdown("l’autorité ([c'est le patron qui demande]{q}) et le secret ([n'en parle à personne]{q})")).toBe(
        "<p>l’autorité (<q>c’est le patron qui demande</q>) et le secret (<q>n’en parle à personne</q>)</p>\n",
      );
    });

    it("leaves a malformed quotation as text", () => {
      expect(renderInlineMarkdown("[texte]{qq}")).toBe("[texte]{qq}");
      expect(renderInlineMarkdown("[texte]{Q}")).toBe("[texte]{Q}");
      expect(renderInlineMarkdown("[]{q}")).toBe("[]{q}");
      expect(renderInlineMarkdown("[a [b] c]{q}")).toBe("[a [b] c]{q}");
      expect(renderInlineMarkdown("[ligne\ncoupée]{q}")).toBe("[ligne\ncoupée]{q}");
    });

    it("does not let a quotation carry HTML", () => {
      expect(renderInlineMarkdown("[<b onmouseover=x>]{q}")).toBe("<q>&lt;b onmouseover=x&gt;</q>");
    });
  });
});
