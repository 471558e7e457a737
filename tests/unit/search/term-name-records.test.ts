import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { NAME_LENGTH_SORT, TERM_NAME_RECORD_TYPE, termNameRecords } from "../../../src/search/term-name-records.ts";

const hameconnage = {
  url: "/lexique/hameconnage/",
  title: "Hameçonnage",
  aliases: ["hameconnage", "filoutage"],
  englishEquivalents: ["phishing"],
};

describe("unit", () => {
  describe("termNameRecords", () => {
    it("gives each name of a term its own record, pointing to the term page under its own anchor", () => {
      const records = termNameRecords([{ ...hameconnage, aliases: ["filoutage"] }]);
      expect(records.map((record) => [record.url, record.content])).toEqual([
        ["/lexique/hameconnage/#nom-1", "Hameçonnage"],
        ["/lexique/hameconnage/#nom-2", "filoutage"],
        ["/lexique/hameconnage/#nom-3", "phishing"],
      ]);
    });

    it("keeps one record when two names differ only by accents, case or apostrophes", () => {
      const records = termNameRecords([hameconnage, { url: "/lexique/u/", title: "Vol d’identité", aliases: ["vol d'identité"], englishEquivalents: [] }]);
      expect(records.map((record) => record.content)).toEqual(["Hameçonnage", "filoutage", "phishing", "Vol d'identité"]);
    });

    it("files records as French, under their own type, sortable by number of words", () => {
      const [record] = termNameRecords([{ url: "/lexique/e/", title: "Chiffrement de  bout en bout", aliases: [], englishEquivalents: [] }]);
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
