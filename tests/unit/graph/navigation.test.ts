import { describe, expect, it } from "vitest";
import { markCurrent, siteNavigation } from "../../../src/graph/navigation.ts";

describe("unit", () => {
  describe("markCurrent", () => {
    const items = siteNavigation(6, "non conforme").main;

    it("marks the link of the page shown with aria-current « page »", () => {
      const marked = markCurrent(items, "/lexique/");
      expect(marked.filter((item) => item.current)).toEqual([{ url: "/lexique/", label: "Lexique", current: "page" }]);
    });

    it("marks the section of a page below it with « true »", () => {
      const marked = markCurrent(items, "/lexique/hameconnage/");
      expect(marked.filter((item) => item.current)).toEqual([{ url: "/lexique/", label: "Lexique", current: "true" }]);
    });

    it("never marks the home link as the section of every page", () => {
      expect(markCurrent(items, "/risques/piratage/").find((item) => item.url === "/")!.current).toBeUndefined();
      expect(markCurrent(items, "/").find((item) => item.url === "/")!.current).toBe("page");
    });
  });

  describe("siteNavigation", () => {
    it("names the key points with their real number", () => {
      expect(siteNavigation(7, "non conforme").main.find((item) => item.url === "/points-cles/")!.label).toBe("Les 7 points clés");
    });

    it("states in the footer the accessibility state the audit measured", () => {
      const footer = siteNavigation(6, "partiellement conforme").footer;
      expect(footer.find((item) => item.url === "/accessibilite/")!.label).toBe("Accessibilité\u00A0: partiellement conforme");
    });
  });
});
