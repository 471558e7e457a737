import { describe, expect, it } from "vitest";
import { toCsv } from "../../../src/text/csv.ts";

describe("unit", () => {
  describe("toCsv", () => {
    it("quotes cells holding commas, quotes or line breaks and doubles their quotes", () => {
      expect(toCsv([["a", "b, c"], ['dit « oui », "non"', "ligne\nsuivante"]])).toBe(
        '\uFEFFa,"b, c"\r\n"dit « oui », ""non""","ligne\nsuivante"\r\n',
      );
    });

    it("starts with a byte-order mark so spreadsheets read the accents as UTF-8", () => {
      expect(toCsv([["é"]]).charCodeAt(0)).toBe(0xfeff);
    });
  });
});
