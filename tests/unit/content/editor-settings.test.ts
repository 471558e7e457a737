import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editorJsonSchemaFiles } from "../../../src/content/json-schemas.ts";
import { repoRoot } from "../../helpers/content-fixture.ts";

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(repoRoot, file), "utf8")) as T;
}

/** Content files a `content/<folder>/*.yaml`-style glob of the settings matches. */
async function filesMatching(glob: string): Promise<string[]> {
  const folder = path.posix.dirname(glob);
  const pattern = new RegExp(`^${path.posix.basename(glob).replace(/[.]/g, "\\.").replace("*", "[^/]*")}$`);
  return (await readdir(path.join(repoRoot, folder))).filter((name) => pattern.test(name));
}

describe("unit", () => {
  describe(".vscode settings", () => {
    it("wire each generated YAML schema to content files that exist", async () => {
      const settings = await readJson<{ "yaml.schemas": Record<string, string[]> }>(".vscode/settings.json");
      const wired = settings["yaml.schemas"];
      expect(Object.keys(wired).sort()).toEqual([
        "./schemas/audit-rgaa.schema.json",
        "./schemas/criteres-rgaa.schema.json",
        "./schemas/fiche.schema.json",
        "./schemas/grille-rgaa.schema.json",
        "./schemas/risque.schema.json",
        "./schemas/service-aide.schema.json",
        "./schemas/site.schema.json",
      ]);
      const generated = [...editorJsonSchemaFiles().keys()];
      for (const [schema, globs] of Object.entries(wired)) {
        expect(generated, schema).toContain(path.posix.basename(schema));
        expect((await stat(path.join(repoRoot, schema))).isFile()).toBe(true);
        for (const glob of globs) expect((await filesMatching(glob)).length, glob).toBeGreaterThan(0);
      }
    });

    it("recommend the YAML extension that reads them", async () => {
      const extensions = await readJson<{ recommendations: string[] }>(".vscode/extensions.json");
      expect(extensions.recommendations).toContain("redhat.vscode-yaml");
    });
  });
});
