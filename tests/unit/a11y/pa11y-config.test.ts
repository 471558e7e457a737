import { describe, expect, it } from "vitest";
import { ignoredRules, localUrls, pa11yConfig } from "../../../src/a11y/pa11y-config.ts";

describe("unit", () => {
  describe("localUrls", () => {
    it("moves every sitemap address to the local server and adds the 404 page", () => {
      const sitemap = "<urlset><url><loc>https://prod.fr/</loc></url><url><loc>https://prod.fr/lexique/</loc></url></urlset>";
      expect(localUrls(sitemap, "https://prod.fr", "http://127.0.0.1:9")).toEqual([
        "http://127.0.0.1:9/",
        "http://127.0.0.1:9/lexique/",
        "http://127.0.0.1:9/404.html",
      ]);
    });
  });

  describe("pa11yConfig", () => {
    it("runs both runners at WCAG2AA with no ignored rule", () => {
      const config = pa11yConfig(["http://x/"], { executablePath: "/usr/bin/chromium", args: [], userDataDir: "/tmp/x", cleanup: async () => {} });
      expect(config.defaults.runners).toEqual(["axe", "htmlcs"]);
      expect(config.defaults.standard).toBe("WCAG2AA");
      expect(config.defaults.ignore).toEqual([]);
      expect(ignoredRules).toEqual([]);
    });
  });
});
