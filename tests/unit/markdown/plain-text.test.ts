import { describe, expect, it } from "vitest";
import { inlineMarkdownToText, renderedHtmlToText } from "../../../src/markdown/plain-text.ts";

describe("unit", () => {
  describe("plain text of rendered Markdown", () => {
    it("drops tags and decodes entities", () => {
      expect(renderedHtmlToText('<em>a</em> &amp; <span lang="en">b</span> &lt;q&gt;')).toBe("a & b <q>");
    });

    it("gives a quotation the guillemets the stylesheet draws, “ ” inside another", () => {
      expect(inlineMarkdownToText("Il écrit : [Paie, ou tout le monde verra ça.]{q}")).toBe("Il écrit\u00A0: «\u00A0Paie, ou tout le monde verra ça.\u00A0»");
      expect(renderedHtmlToText("<q>a <q>b</q> c</q> <q>d</q>")).toBe("«\u00A0a “b” c\u00A0» «\u00A0d\u00A0»");
    });
  });
});
