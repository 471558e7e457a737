import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ui } from "../../../src/site/ui-strings.ts";
import { NAME_LENGTH_SORT, NAME_SHOWN_AS, TERM_NAME_RECORD_TYPE, termNameRecords } from "../../../src/search/term-name-records.ts";

const named = { title: "Un terme", short: "Une définition." };

const hameconnage = {
  ...named,
  url: "/lexique/hameconnage/",
  searchNames: ["Hameçonnage", "hameconnage", "filoutage", "phishing"],
};

describe("unit", () => {
  describe("termNameRecords", () => {
    it("gives each name of a term its own record, pointing to the term page under its own anchor", () => {
      const records = termNameRecords([{ ...hameconnage, searchNames: ["Hameçonnage", "filoutage", "phishing"] }]);
      expect(records.map((record) => [record.url, record.content])).toEqual([
        ["/lexique/hameconnage/#nom-1", "Hameçonnage"],
        ["/lexique/hameconnage/#nom-2", "filoutage"],
        ["/lexique/hameconnage/#nom-3", "phishing"],
      ]);
    });

    it("keeps one record when two spellings differ only by case, spacing or apostrophes, and one per accent variant", () => {
      const records = termNameRecords([
        hameconnage,
        { ...named, url: "/lexique/u/", searchNames: ["Vol d’identité", "vol d'identité", "VOL  D’IDENTITÉ", "vol d’identite"] },
      ]);
      expect(records.map((record) => record.content)).toEqual(["Hameçonnage", "hameconnage", "filoutage", "phishing", "Vol d'identité", "vol d'identite"]);
    });

    it("files records as French, under their own type, sortable by number of words, showable as their term", () => {
      const [record] = termNameRecords([{ url: "/lexique/e/", searchNames: ["Chiffrement de  bout en bout"], title: "Chiffrement de bout en bout", short: "Seuls les correspondants lisent." }]);
      expect(record).toMatchObject({
        language: "fr",
        filters: {
          type: [TERM_NAME_RECORD_TYPE],
          [NAME_SHOWN_AS.title]: ["Chiffrement de bout en bout"],
          [NAME_SHOWN_AS.summary]: ["Seuls les correspondants lisent."],
        },
        sort: { [NAME_LENGTH_SORT]: "5" },
      });
    });

    it("uses the same record type and sort key as the search page script", async () => {
      const script = await readFile(new URL("../../../_includes/assets/js/search.js", import.meta.url), "utf8");
      expect(script).toContain(`const NAME_RECORD_TYPE = "${TERM_NAME_RECORD_TYPE}";`);
      expect(script).toContain(`const NAME_LENGTH_SORT = "${NAME_LENGTH_SORT}";`);
      expect(script).toContain(`const TERM_NAME = "${ui.resultKinds.term.name}";`);
      expect(script).toContain(`const NAME_SHOWN_AS = { title: "${NAME_SHOWN_AS.title}", summary: "${NAME_SHOWN_AS.summary}" };`);
    });
  });
});
