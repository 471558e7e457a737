import { describe, expect, it } from "vitest";
import { openDataJsonSchema } from "../../../src/open-data/json-schema.ts";

type Schema = {
  $schema: string;
  $id: string;
  title: string;
  required: string[];
  additionalProperties: boolean;
  properties: { items: { items: { required: string[]; additionalProperties: boolean; properties: Record<string, { type?: unknown; format?: string; anyOf?: { type: string }[] }> } } };
};

describe("unit", () => {
  describe("openDataJsonSchema", () => {
    it("is a draft 2020-12 schema identified by its published address", () => {
      const schema = openDataJsonSchema("lexique", "https://test.fr") as Schema;
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id).toBe("https://test.fr/api/lexique.schema.json");
      expect(schema.title).toBe("Lexique du parfait hacker — Données ouvertes");
    });

    it("requires the licence and every item field, and refuses unknown fields", () => {
      const schema = openDataJsonSchema("lexique", "https://test.fr") as Schema;
      expect(schema.required).toEqual(["$schema", "title", "description", "publisher", "licence", "source", "count", "items"]);
      expect(schema.additionalProperties).toBe(false);
      const item = schema.properties.items.items;
      expect(item.additionalProperties).toBe(false);
      expect(item.required).toContain("definitionHtml");
      expect(item.properties.exampleHtml!.anyOf?.map((option) => option.type)).toEqual(["string", "null"]);
      expect(item.properties.url!.format).toBe("uri");
    });

    it("describes dates as dates in the fiches file", () => {
      const schema = openDataJsonSchema("fiches", "https://test.fr") as Schema;
      expect(schema.properties.items.items.properties.updated!.format).toBe("date");
    });
  });
});
