import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { NAME_LENGTH_SORT, TERM_NAME_RECORD_TYPE, termNameRecords } from "../../../src/search/term-name-records.ts";

const hameconnage = {
  url: "/lexique/hameconnage/",
  spellings: ["Hameçonnage", "hameconnage", "filoutage", "phishing"],
};

describe("unit", () => {
  describe("termNameRecords", () => {
    it("gives each name of a term its own record, pointing to the term page under its own anchor", () => {
      const records = termNameRecords([{ ...hameconnage, spellings: ["Hameçonnage", "filoutage", "phishing"] }]);
      expect(records.map((record) => [record.url, record.content])).toEqual([
        ["/lexique/hameconnage/#nom-1", "Hameçonnage"],
        ["/lexique/hameconnage/#nom-2", "filoutage"],
        ["/lexique/hameconnage/#nom-3", "phishing"],
      ]);
    });

    it("keeps one record when two spellings differ only by case, spacing or apostrophes, and one per accent variant", () => {
      const records = termNameRecords([
        hameconnage,
        { url: "/lexique/u/", spellings: ["Vol d’identité", "vol d'identité", "VOL  D’IDENTITÉ", "vol d’identite"] },
      ]);
      expect(records.map((record) => record.content)).toEqual(["Hameçonnage", "hameconnage", "filoutage", "phishing", "Vol d'identité", "vol d'identite"]);
    });

    it("files records as French, under their own type, sortable by number of words", () => {
      const [record] = termNameRecords([{ url: "/lexique/e/", spellings: ["Chiffrement de  bout en bout"] }]);
      expect(record).toMatchObject({
        language: "fr",
        filters: { type: [TERM_NAME_RECORD_TYPE] },
        sort: { [NAME_LENGTH_SORT]: "5" },
      });
    });

    it("uses the same record type and sort key as the search page script", async () => {
      const script = await readFile(new URL("../../../_includes/assets/js/search.js", import.meta.url), "utf8");
      expect(script).toContain(`const NAME_RECORD_TYPE = "${TERM_NAME_RECORD_TYPE}";`);
      expect(script).toContain(`const NAME_LENGTH_SORT = "${NAME_LENGTH_SORT}";`);
    });
  });
});
