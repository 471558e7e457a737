import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editorJsonSchemaFiles } from "../../../src/content/json-schemas.ts";
import { repoRoot } from "../../helpers/content-fixture.ts";

describe("unit", () => {
  describe("editorJsonSchemaFiles", () => {
    it("matches the committed schemas/ files (run « npm run schemas » after changing a model)", async () => {
      for (const [name, text] of editorJsonSchemaFiles()) {
        const committed = await readFile(path.join(repoRoot, "schemas", name), "utf8");
        expect(committed, `schemas/${name} est périmé : lancez « npm run schemas »`).toBe(text);
      }
    });

    it("leaves out the fields derived from the file", () => {
      const term = JSON.parse(editorJsonSchemaFiles().get("terme.schema.json")!) as { properties: object; additionalProperties: boolean };
      expect(Object.keys(term.properties)).not.toContain("slug");
      expect(Object.keys(term.properties)).not.toContain("body");
      expect(term.additionalProperties).toBe(false);
    });
  });
});
