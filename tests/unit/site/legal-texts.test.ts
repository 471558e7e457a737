import { describe, expect, it } from "vitest";
import { ignoredRules, pa11yConfig } from "../../../src/a11y/pa11y-config.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { buildSiteGraph } from "../../../src/graph/site-graph.ts";
import { legalTexts, privacyComplaintHelpId } from "../../../src/site/legal-texts.ts";
import { pageTypes } from "../../helpers/browser.ts";
import { minimalSiteGraph, repoRoot } from "../../helpers/content-fixture.ts";

/** Every run of text of a page's texts, slots and links left out. */
function sentences(texts: object): string {
  return JSON.stringify(texts).replace(/[\u00A0\u202F]/g, " ");
}

describe("unit", () => {
  describe("legalTexts", () => {
    it("offers, on the privacy page, the CNIL complaint service the real content has, with a web contact", async () => {
      const graph = buildSiteGraph(await loadContent({ contentDir: `${repoRoot}/content`, rootDir: repoRoot }));
      expect(graph.privacyComplaint?.id).toBe(privacyComplaintHelpId);
      expect(graph.privacyComplaint?.url).toBe(`/aide/#${privacyComplaintHelpId}`);
      expect(graph.privacyComplaint?.contacts.some((contact) => contact.href.startsWith("https://"))).toBe(true);
    });

    it("leaves the complaint service out when a corpus has none, instead of failing", async () => {
      expect((await minimalSiteGraph()).privacyComplaint).toBeUndefined();
    });

    it("claims only the accessibility checks the project really runs", () => {
      const config = pa11yConfig(["https://test.fr/"], { executablePath: "chromium", userDataDir: "/tmp/x", args: [], cleanup: async () => {} });
      expect(config.defaults.runners).toEqual(["axe", "htmlcs"]);
      expect(config.defaults.standard).toBe("WCAG2AA");
      expect(ignoredRules).toEqual([]);
      for (const page of ["/accessibilite/", "/confidentialite/", "/mentions-legales/", "/recherche/", "/ma-messagerie-est-elle-sure/"]) expect(pageTypes).toContain(page);
      const text = sentences(legalTexts.accessibility);
      expect(text).toContain("axe-core et HTML_CodeSniffer, au niveau WCAG 2 AA");
      expect(text).toContain("aucune règle n’est écartée");
      expect(text).not.toMatch(/n’est connue/);
    });

    it("states the log retention through a slot, never as a number typed in the text", () => {
      expect(legalTexts.privacy.retention).toContainEqual({ slot: "retentionDays" });
      expect(sentences(legalTexts.privacy)).not.toMatch(/\d+ jours/);
    });
  });
});
