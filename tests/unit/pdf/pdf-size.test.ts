import { describe, expect, it } from "vitest";
import { formatFileSize, hasPdfSizeMarker, injectPdfSizes } from "../../../src/pdf/pdf-size.ts";

describe("unit", () => {
  describe("formatFileSize", () => {
    it("rounds up to the kilo-octet, in French units", () => {
      expect(formatFileSize(140 * 1024)).toBe("140\u00A0Ko");
      expect(formatFileSize(140 * 1024 + 1)).toBe("141\u00A0Ko");
      expect(formatFileSize(10)).toBe("1\u00A0Ko");
      expect(formatFileSize(1.5 * 1024 * 1024)).toBe("1,5\u00A0Mo");
    });
  });

  describe("injectPdfSizes", () => {
    const html = "(PDF<!--pdf-size:a-->) (PDF<!--pdf-size:b-->)";

    it("writes the size of each printed PDF in place of its marker", () => {
      expect(injectPdfSizes(html, new Map([["a", 2048]]))).toBe("(PDF, 2\u00A0Ko) (PDF<!--pdf-size:b-->)");
    });

    it("drops the markers of missing PDFs when asked", () => {
      expect(injectPdfSizes(html, new Map(), true)).toBe("(PDF) (PDF)");
    });

    it("tells whether a page still waits for a size", () => {
      expect(hasPdfSizeMarker(html)).toBe(true);
      expect(hasPdfSizeMarker("(PDF)")).toBe(false);
    });
  });
});
