import { describe, expect, it } from "vitest";
import { applyFrenchSpacing, applyFrenchSpacingToHtml, frenchTypography, withFrenchSpacing } from "../../../src/text/french-typography.ts";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

describe("unit", () => {
  describe("applyFrenchSpacing", () => {
    it("puts a narrow no-break space before ; ! ? whether or not the editor typed a space", () => {
      expect(applyFrenchSpacing("Quoi ? Oui; non!")).toBe(`Quoi${NNBSP}? Oui${NNBSP}; non${NNBSP}!`);
    });

    it("puts a no-break space before a colon followed by a space", () => {
      expect(applyFrenchSpacing("notamment : ceci")).toBe(`notamment${NBSP}: ceci`);
      expect(applyFrenchSpacing("Exemple: cela")).toBe(`Exemple${NBSP}: cela`);
    });

    it("leaves URLs, times and query strings alone", () => {
      expect(applyFrenchSpacing("https://exemple.fr/?q=1 à 10:30")).toBe("https://exemple.fr/?q=1 à 10:30");
    });

    it("puts no-break spaces inside guillemets", () => {
      expect(applyFrenchSpacing("dit « phishing »")).toBe(`dit «${NBSP}phishing${NBSP}»`);
      expect(applyFrenchSpacing("«phishing»")).toBe(`«${NBSP}phishing${NBSP}»`);
    });
  });

  describe("frenchTypography", () => {
    it("turns straight apostrophes between letters into typographic ones", () => {
      expect(frenchTypography("Qu'est-ce que l'attaque ?")).toBe(`Qu’est-ce que l’attaque${NNBSP}?`);
    });
  });
  describe("applyFrenchSpacingToHtml", () => {
    it("spaces the text between tags, including a sign that starts a text node after an inline element", () => {
      expect(applyFrenchSpacingToHtml('<p><a href="/x/">Comment faire</a><span> : Sauvegardes</span> ?</p>')).toBe(
        `<p><a href="/x/">Comment faire</a><span>${NBSP}: Sauvegardes</span>${NNBSP}?</p>`,
      );
    });

    it("leaves attributes alone, so a query string or a URL keeps its characters", () => {
      const html = '<a href="/recherche/?q=a ; b" title="Lien : ici">https://exemple.fr/</a>';
      expect(applyFrenchSpacingToHtml(html)).toBe(html);
    });

    it("leaves code, scripts, styles and English text as written", () => {
      const html = '<p><code>a : b</code></p><script>if (a ? b : c) {}</script><style>a { color: red ; }</style><p lang="en">Note: <em>really ?</em></p>';
      expect(applyFrenchSpacingToHtml(html)).toBe(html);
    });

    it("spaces French text again after an English or code element closes", () => {
      expect(applyFrenchSpacingToHtml('<p><span lang="en">phishing</span> : <code>x</code> ?</p>')).toBe(
        `<p><span lang="en">phishing</span>${NBSP}: <code>x</code>${NNBSP}?</p>`,
      );
    });

    it("keeps entities whole: the semicolon of &amp; or &quot; is not punctuation", () => {
      expect(applyFrenchSpacingToHtml("<p>Q&amp;A : &quot;oui&quot; ; non</p>")).toBe(`<p>Q&amp;A${NBSP}: &quot;oui&quot;${NNBSP}; non</p>`);
    });

    it("returns text that already follows the rule as written, its &nbsp; entities included", () => {
      const html = "<p>Pour les salariés&nbsp;: «&nbsp;<a href=\"/a/\">Autre</a>&nbsp;»</p>";
      expect(applyFrenchSpacingToHtml(html)).toBe(html);
    });
  });

  describe("withFrenchSpacing", () => {
    it("spaces every string of a nested table, in objects and arrays", () => {
      const table = { title: "Quoi ?", parts: ["Note : ", { text: "« oui »" }] };
      expect(withFrenchSpacing(table)).toEqual({ title: `Quoi${NNBSP}?`, parts: [`Note${NBSP}: `, { text: `«${NBSP}oui${NBSP}»` }] });
    });

    it("leaves strings under machine-read keys as they are: ids, URLs, values, dates, English names", () => {
      const table = { id: "a ?", url: "/a ?", pdfUrl: "/b ?", value: "oui ?", updated: "2026-01-01 : 10", englishNames: ["What ?"], code: "a : b" };
      expect(withFrenchSpacing(table)).toEqual(table);
    });

    it("leaves a string that is a URL alone whatever its key, even one ending in a question mark", () => {
      expect(withFrenchSpacing({ sources: ["https://exemple.fr/faq?", "mailto:contact@exemple.fr"] })).toEqual({ sources: ["https://exemple.fr/faq?", "mailto:contact@exemple.fr"] });
    });

    it("treats strings under a key ending in Html as HTML, leaving their code alone", () => {
      expect(withFrenchSpacing({ bodyHtml: "<p>Voir : <code>a : b</code></p>" })).toEqual({ bodyHtml: `<p>Voir${NBSP}: <code>a : b</code></p>` });
    });

    it("keeps functions and numbers, and takes another rule for machine-read keys", () => {
      const fiche = (id: string) => `/fiches/${id}/`;
      const spaced = withFrenchSpacing({ fiche, count: 3, title: "a : b", type: "x : y" }, (key) => key !== "title");
      expect(spaced).toEqual({ fiche, count: 3, title: `a${NBSP}: b`, type: "x : y" });
    });

    it("does not change the table it is given", () => {
      const table = { title: "Quoi ?" };
      withFrenchSpacing(table);
      expect(table.title).toBe("Quoi ?");
    });
  });
});
