import { describe, expect, it } from "vitest";
import { GlossaryLinker, type GlossaryLinkEnv } from "../../../src/markdown/glossary-links.ts";
import { renderMarkdown } from "../../../src/markdown/markdown.ts";

const linker = new GlossaryLinker([
  { id: "chiffrement", url: "/lexique/chiffrement/", spellings: ["Chiffrement", "chiffré"] },
  { id: "chiffrement-de-bout-en-bout", url: "/lexique/chiffrement-de-bout-en-bout/", spellings: ["chiffrement de bout en bout", "E2EE"] },
  { id: "usurpation-d-identite", url: "/lexique/usurpation-d-identite/", spellings: ["Usurpation d’identité", "vol d’identité"] },
]);

function render(source: string, env: GlossaryLinkEnv = {}): string {
  return renderMarkdown(source, { glossary: linker, linkedInSection: new Set(), ...env });
}

describe("unit", () => {
  describe("glossaryLinksPlugin", () => {
    it("links the longest matching term", () => {
      expect(render("Le chiffrement de bout en bout protège.")).toBe(
        '<p>Le <a href="/lexique/chiffrement-de-bout-en-bout/" class="term-link">chiffrement de bout en bout</a> protège.</p>\n',
      );
    });

    it("links a term once per section", () => {
      const html = render("Le chiffrement, encore le chiffrement.");
      expect(html.match(/<a /g)).toHaveLength(1);
    });

    it("links again in a new section", () => {
      const env: GlossaryLinkEnv = { glossary: linker, linkedInSection: new Set() };
      render("Le chiffrement.", env);
      expect(render("Le chiffrement.", env)).not.toContain("<a ");
      expect(render("Le chiffrement.", { linkedInSection: new Set() })).toContain("<a ");
    });

    it("never links inside headings or existing links", () => {
      expect(render("## Le chiffrement\n\n[le chiffrement](https://exemple.fr)")).not.toContain("term-link");
    });

    it("matches whatever the apostrophe or case", () => {
      expect(render("Un VOL D'IDENTITÉ.")).toContain('href="/lexique/usurpation-d-identite/" class="term-link">VOL D’IDENTITÉ</a>');
    });

    it("finds a term after a French elision", () => {
      expect(render("Contre l’usurpation d’identité.")).toContain('l’<a href="/lexique/usurpation-d-identite/" class="term-link">usurpation d’identité</a>');
    });

    it("does not match across punctuation", () => {
      expect(render("Le chiffrement, de bout en bout.")).toContain('<a href="/lexique/chiffrement/" class="term-link">chiffrement</a>, de bout');
    });

    it("does not match inside a longer word", () => {
      expect(render("Les déchiffrements.")).not.toContain("<a ");
    });

    it("records the terms used and skips the current term", () => {
      const usedTerms = new Set<string>();
      render("Le chiffrement et le vol d'identité.", { usedTerms, currentTerm: "chiffrement" });
      expect([...usedTerms]).toEqual(["usurpation-d-identite"]);
    });

    it("does nothing without a glossary", () => {
      expect(renderMarkdown("Le chiffrement.")).toBe("<p>Le chiffrement.</p>\n");
    });
  });
});
