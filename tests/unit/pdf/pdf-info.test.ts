import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pdfPageCount, setPdfInfo } from "../../../src/pdf/pdf-info.ts";

/** The smallest valid PDF with a classic cross-reference table, as Chromium writes them. */
function minimalPdf(): Buffer {
  const objects = [
    "<</Type /Catalog /Pages 2 0 R>>",
    "<</Type /Pages /Kids [3 0 R] /Count 1>>",
    "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>",
    "<</Producer (Skia/PDF m156)>>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R\n/Info 4 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(body, "latin1");
}

describe("unit", () => {
  describe("setPdfInfo", () => {
    it("sets title, author, subject and keywords that pdfinfo reads back, accents included", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "fiches-pdfinfo-"));
      try {
        const file = path.join(dir, "fiche.pdf");
        const original = minimalPdf();
        const updated = setPdfInfo(original, {
          title: "Messagerie instantanée — Risques",
          author: "Éditeur",
          subject: "Sécurité",
          keywords: ["chiffrement", "hameçonnage"],
          creator: "Fiches pratiques",
          date: "2026-11-27",
        });
        expect(updated.subarray(0, original.length).equals(original)).toBe(true);
        await writeFile(file, updated);
        const info = execFileSync("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" });
        expect(info).toMatch(/^Title:\s+Messagerie instantanée — Risques$/m);
        expect(info).toMatch(/^Author:\s+Éditeur$/m);
        expect(info).toMatch(/^Subject:\s+Sécurité$/m);
        expect(info).toMatch(/^Keywords:\s+chiffrement, hameçonnage$/m);
        expect(info).toMatch(/^CreationDate:\s+.*2026/m);
        expect(info).toMatch(/^Pages:\s+1$/m);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it("refuses a PDF without a classic trailer rather than corrupting it", () => {
      expect(() => setPdfInfo(Buffer.from("%PDF-1.7\n"), { title: "", author: "", subject: "", keywords: [], creator: "", date: "2026-01-01" })).toThrow(
        /pas de table de références classique/,
      );
    });
  });

  describe("pdfPageCount", () => {
    it("reads the page count from the page tree the catalogue points to, also after an incremental update", () => {
      const original = minimalPdf();
      expect(pdfPageCount(original)).toBe(1);
      const updated = setPdfInfo(original, { title: "t", author: "a", subject: "s", keywords: [], creator: "c", date: "2026-01-01" });
      expect(pdfPageCount(updated)).toBe(1);
    });

    it("ignores other /Count entries, such as the outline's", () => {
      const withOutline = minimalPdf().toString("latin1").replace("%PDF-1.4\n", "%PDF-1.4\n% <</Type /Outlines /Count 12>>\n");
      expect(pdfPageCount(Buffer.from(withOutline, "latin1"))).toBe(1);
    });

    it("refuses a file without a page tree", () => {
      expect(() => pdfPageCount(Buffer.from("%PDF-1.7\n"))).toThrow(/pas d’arbre des pages/);
    });
  });
});
