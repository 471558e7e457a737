import { describe, expect, it } from "vitest";
import { htmlSpacingViolations, spacingViolations, visibleTexts } from "../../helpers/french-spacing-scan.ts";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

describe("unit", () => {
  describe("French spacing scan (site test helper)", () => {
    it("reports an ordinary space or a line break before : ; ! ? and », and after «, with the text around it", () => {
      expect(spacingViolations("Accessibilité : non conforme", "index.html")).toEqual([{ where: "index.html", context: "Accessibilité␣:␣non␣conforme" }]);
      expect(spacingViolations("Vraiment\n? Oui ; « non »", "x").map((violation) => violation.context)).toEqual([
        "Vraiment⏎?␣Oui␣;␣«␣non␣»",
        "Vraiment⏎?␣Oui␣;␣«␣non␣»",
        "Vraiment⏎?␣Oui␣;␣«␣non␣»",
        "Vraiment⏎?␣Oui␣;␣«␣non␣»",
      ]);
    });

    it("accepts no-break spaces, and signs with no space before them: URLs, times, e-mail addresses", () => {
      expect(spacingViolations(`Quoi${NNBSP}? Note${NBSP}: «${NBSP}oui${NBSP}» https://exemple.fr/?q=1 à 10:30, contact@exemple.fr`, "x")).toEqual([]);
    });

    it("finds a sign that starts the text after an inline element (a link, a hidden span)", () => {
      const html = '<p><a href="/x/">Comment faire<span class="visually-hidden"> : Sauvegardes</span></a></p>';
      expect(htmlSpacingViolations(html, "page.html").map((violation) => violation.context)).toEqual(["Comment␣faire␣:␣Sauvegardes"]);
    });

    it("skips scripts, styles, code, pre and English text, but not the French text right after them", () => {
      const html = [
        "<script>a ? b : c</script><style>a { b : c }</style>",
        "<pre>x : y</pre>",
        '<p><code>a : b</code> ; <span lang="en">Note: really ?</span></p>',
      ].join("");
      expect(htmlSpacingViolations(html, "x").map((violation) => violation.context)).toEqual(["……␣;␣……"]);
    });

    it("reads the title, the description and the attributes people see or hear, not the technical ones", () => {
      const html = [
        "<head><title>Aide : urgences</title>",
        '<meta name="description" content="Quoi ?"><meta name="viewport" content="a : b"></head>',
        '<a href="/recherche/?q=a ; b" aria-label="Menu : principal" title="Info !">x</a>',
        '<img src="a.svg" alt="Logo : site"><input type="search" placeholder="Un mot ?"><input type="submit" value="Envoyer !"><input type="hidden" value="a : b">',
      ].join("");
      expect(visibleTexts(html).sort()).toEqual(["Aide : urgences", "Envoyer !", "Info !", "Logo : site", "Menu : principal", "Quoi ?", "Un mot ?", "x"]);
    });

    it("ignores the whitespace between blocks, which no reader sees", () => {
      expect(htmlSpacingViolations("<ul>\n  <li>Un</li>\n  <li>Deux</li>\n</ul>\n<p>Trois</p>", "x")).toEqual([]);
    });

    it("decodes entities, so an escaped guillemet or &nbsp; counts as what it shows", () => {
      expect(htmlSpacingViolations("<p>Dit &laquo;&nbsp;x&nbsp;&raquo;, &#171;&#160;y&#160;&#187;</p>", "x")).toEqual([]);
      expect(htmlSpacingViolations("<p>Dit &laquo; x &#187;</p>", "x")).toHaveLength(2);
    });
  });
});
