import { describe, expect, it } from "vitest";
import { breakableUrlHtml } from "../../../src/text/breakable-url.ts";

describe("unit", () => {
  describe("breakableUrlHtml", () => {
    it("lets a printed address break after « / » and before « . » or « - », never inside a word", () => {
      expect(breakableUrlHtml("https://fiches-pratiques.example.org/fiches/lexique-du-parfait-hacker/")).toBe(
        "https://fiches<wbr>-pratiques<wbr>.example<wbr>.org/<wbr>fiches/<wbr>lexique<wbr>-du<wbr>-parfait<wbr>-hacker/",
      );
    });

    it("keeps « // » together and escapes HTML", () => {
      expect(breakableUrlHtml("https://a.fr/?q=<b>&x=\"1\"")).toBe("https://a<wbr>.fr/<wbr>?q<wbr>=&lt;b&gt;<wbr>&amp;x<wbr>=&quot;1&quot;");
    });

    it("reads back as the same address once the break hints are removed", () => {
      const url = "https://www.cnil.fr/fr/plaintes/internet-sites-applications";
      expect(breakableUrlHtml(url).replaceAll("<wbr>", "")).toBe(url);
    });
  });
});
