import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseSourceFile } from "../../../src/content/source-file.ts";
import { validateItem } from "../../../src/content/validate-item.ts";
import { ficheSchema } from "../../../src/models/fiche.ts";
import { createFicheFile, ficheFileText, localIsoDate } from "../../../src/scaffold/new-fiche.ts";
import { runScaffold } from "../../../src/scaffold/run-scaffold.ts";
import { copyMinimalContent } from "../../helpers/content-fixture.ts";

type Fixture = Awaited<ReturnType<typeof copyMinimalContent>>;
let fixture: Fixture | undefined;

afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

function recorder() {
  const lines = { log: [] as string[], error: [] as string[] };
  return { lines, output: { log: (line: string) => lines.log.push(line), error: (line: string) => lines.error.push(line) } };
}

describe("unit", () => {
  describe("ficheFileText", () => {
    it("is a valid fiche as it is, dated today, with every text to replace marked « À remplacer »", () => {
      const text = ficheFileText({ title: "Réseaux sociaux : les réglages", slug: "reseaux-sociaux-les-reglages", today: "2026-02-03" });
      const parsed = parseSourceFile("content/fiches/reseaux-sociaux-les-reglages.yaml", text);
      expect(parsed.ok).toBe(true);
      const result = validateItem(ficheSchema, (parsed as Extract<typeof parsed, { ok: true }>).source, { id: "reseaux-sociaux-les-reglages" });
      expect(result.errors).toEqual([]);
      expect(result.value).toMatchObject({ title: "Réseaux sociaux : les réglages", updated: "2026-02-03", version: "1.0" });
      expect(result.value!.subtitle).toMatch(/^À remplacer/);
      expect(result.value!.sections.map((section) => section.type)).toEqual(["heading", "prose"]);
    });
  });

  describe("localIsoDate", () => {
    it("writes a date as editors type it", () => {
      expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    });
  });

  describe("createFicheFile", () => {
    it("creates fiches/<slug>.yaml with a slug that handles accents and ligatures", async () => {
      fixture = await copyMinimalContent();
      const created = await createFicheFile({ contentDir: fixture.contentDir, name: "Œuvres numériques", today: "2026-02-03" });
      expect(created.file).toBe(path.join(fixture.contentDir, "fiches/oeuvres-numeriques.yaml"));
      expect(await readFile(created.file, "utf8")).toContain('title: "Œuvres numériques"\n');
    });
  });

  describe("runScaffold", () => {
    it("tells the editor which fields to fill in, and that the content is still valid", async () => {
      fixture = await copyMinimalContent();
      const { lines, output } = recorder();
      const code = await runScaffold("fiche", ["Réseaux", "sociaux"], { contentDir: fixture.contentDir, today: "2026-02-03", output });
      expect(code).toBe(0);
      expect(lines.error).toEqual([]);
      expect(lines.log[0]).toMatch(/^Fiche créée : .*fiches\/reseaux-sociaux\.yaml \(page \/fiches\/reseaux-sociaux\/\)$/);
      expect(lines.log).toContain("  - summary : le résumé, en une ou deux phrases ;");
      expect(lines.log.at(-1)).toBe("Le contenu reste valide.");
    });

    it("warns, and fails, when the new term's name is already another term's variant", async () => {
      fixture = await copyMinimalContent();
      const { lines, output } = recorder();
      const code = await runScaffold("term", ["Phishing"], { contentDir: fixture.contentDir, output });
      expect(code).toBe(1);
      expect(lines.error[0]).toBe("Attention : le fichier est créé, mais le contenu ne passe plus la validation. À corriger :");
      expect(lines.error[1]).toContain("c’est le nom d’un autre terme");
    });

    it("fails without writing anything when the name is missing", async () => {
      fixture = await copyMinimalContent();
      const { lines, output } = recorder();
      expect(await runScaffold("term", [], { contentDir: fixture.contentDir, output })).toBe(1);
      expect(lines.error).toEqual(['Indiquez le terme entre guillemets, par exemple : npm run new:term -- "Rançongiciel"']);
      expect(lines.log).toEqual([]);
    });
  });
});
