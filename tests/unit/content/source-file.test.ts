import { describe, expect, it } from "vitest";
import { parseSourceFile } from "../../../src/content/source-file.ts";

describe("unit", () => {
  describe("parseSourceFile", () => {
    it("reads a valid file and still locates each field on demand", () => {
      const parsed = parseSourceFile("content/risques/x.yaml", "label: Piratage\nterms:\n  - chiffrement\n  - hameconnage\n");
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.source.data).toEqual({ label: "Piratage", terms: ["chiffrement", "hameconnage"] });
      expect(parsed.source.locate(["terms", 1])).toEqual({ line: 4, column: 5 });
    });

    it("keeps dates and yes/no as the text typed (YAML 1.2 core schema)", () => {
      const parsed = parseSourceFile("content/fiches/x.yaml", "updated: 2026-01-15\nversion: 1.0\nanswer: yes\n");
      expect(parsed.ok && parsed.source.data).toEqual({ updated: "2026-01-15", version: 1, answer: "yes" });
    });

    it("refuses a tag that would build something other than data, in French, with its line", () => {
      const parsed = parseSourceFile("content/risques/x.yaml", "label: Piratage\ndescription: !!js/function 'function () {}'\n");
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.errors).toEqual([
        expect.objectContaining({ file: "content/risques/x.yaml", line: 2, message: expect.stringMatching(/^YAML invalide — étiquette YAML inconnue/) }),
      ]);
    });

    it("numbers lines from the top of a Markdown file, front matter included", () => {
      const parsed = parseSourceFile("content/lexique/x.md", "---\nterm: X\nshort: [oups\n---\nTexte.\n");
      expect(!parsed.ok && parsed.errors[0]!.line).toBeGreaterThanOrEqual(3);
    });
  });
});
