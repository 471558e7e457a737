import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseSourceFile } from "../../../src/content/source-file.ts";
import { validateItem } from "../../../src/content/validate-item.ts";
import { glossaryTermSchema } from "../../../src/models/glossary-term.ts";
import { ScaffoldError } from "../../../src/scaffold/content-file.ts";
import { createTermFile, termFileText } from "../../../src/scaffold/new-term.ts";
import { copyMinimalContent } from "../../helpers/content-fixture.ts";

type Fixture = Awaited<ReturnType<typeof copyMinimalContent>>;
let fixture: Fixture | undefined;

afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

/** Validates a term file's text the way the loader does (slug from the name, body after the header). */
function validateTermText(slug: string, text: string) {
  const parsed = parseSourceFile(`content/lexique/${slug}.md`, text);
  if (!parsed.ok) return { errors: parsed.errors.map((error) => error.message), value: undefined };
  const result = validateItem(glossaryTermSchema, parsed.source, { id: slug, body: parsed.source.body ?? "" });
  return { errors: result.errors.map((error) => `${error.field}: ${error.message}`), value: result.value };
}

describe("unit", () => {
  describe("termFileText", () => {
    it("is a valid term as it is, with every text to replace marked « À remplacer »", () => {
      const text = termFileText({ name: "Rançongiciel", slug: "rancongiciel", seeAlso: "chiffrement", today: "2026-12-02" });
      const { errors, value } = validateTermText("rancongiciel", text);
      expect(errors).toEqual([]);
      expect(value).toMatchObject({ term: "Rançongiciel", category: "protection", seeAlso: ["chiffrement"] });
      expect(value!.short).toMatch(/^À remplacer/);
      expect(value!.advice).toMatch(/^À remplacer/);
      expect(value!.body).toMatch(/^À remplacer/);
    });

    it("keeps a name with YAML punctuation exactly as typed", () => {
      const name = `Wi-Fi : l'« ami » #1 "public" [test]`;
      const { errors, value } = validateTermText("wi-fi", termFileText({ name, slug: "wi-fi", seeAlso: "vpn", today: "2026-12-02" }));
      expect(errors).toEqual([]);
      expect(value!.term).toBe(name);
    });
  });

  describe("createTermFile", () => {
    it("derives the file name from the term without accents and links it to an existing term", async () => {
      fixture = await copyMinimalContent();
      const created = await createTermFile({ contentDir: fixture.contentDir, name: "  Rançongiciel  " });
      expect(created.file).toBe(path.join(fixture.contentDir, "lexique/rancongiciel.md"));
      expect(created.url).toBe("/lexique/rancongiciel/");
      expect(created.fieldsToFill.map((entry) => entry.field)).toContain("seeAlso");
      const text = await readFile(created.file, "utf8");
      expect(text).toContain('term: "Rançongiciel"');
      expect(text).toContain("seeAlso: [chiffrement]");
    });

    it("refuses to overwrite a term that already exists, and leaves it untouched", async () => {
      fixture = await copyMinimalContent();
      const file = path.join(fixture.contentDir, "lexique/hameconnage.md");
      const before = await readFile(file, "utf8");
      const attempt = createTermFile({ contentDir: fixture.contentDir, name: "Hameçonnage", shownAs: () => "content/lexique/hameconnage.md" });
      await expect(attempt).rejects.toThrow(
        new ScaffoldError("content/lexique/hameconnage.md existe déjà : rien n’a été modifié. Ouvrez ce fichier pour le compléter, ou choisissez un autre nom."),
      );
      expect(await readFile(file, "utf8")).toBe(before);
    });

    it("explains how to call it when the name is missing or has no letter", async () => {
      fixture = await copyMinimalContent();
      await expect(createTermFile({ contentDir: fixture.contentDir, name: "   " })).rejects.toThrow(/npm run new:term -- "Rançongiciel"/);
      await expect(createTermFile({ contentDir: fixture.contentDir, name: "?!" })).rejects.toThrow("« ?! » ne donne aucun nom de fichier");
    });

    it("refuses to create a term when the glossary has no other term to link to", async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "fiches-scaffold-"));
      try {
        await writeFile(path.join(dir, "placeholder"), "");
        await expect(createTermFile({ contentDir: dir, name: "Seul" })).rejects.toThrow(/Le lexique est vide/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
});
