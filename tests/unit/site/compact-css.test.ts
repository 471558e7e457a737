import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compactCss } from "../../../src/eleventy/assets.ts";
import { repoRoot } from "../../helpers/content-fixture.ts";

describe("unit", () => {
  describe("compactCss", () => {
    it("drops comments, indents and blank lines, and keeps every rule", () => {
      const css = "/* Thèmes */\n:root {\n  --bg: #fff; /* fond */\n}\n\n\n.a::after {\n  content: \"›\";\n}\n";
      expect(compactCss(css)).toBe(':root {\n--bg: #fff; \n}\n.a::after {\ncontent: "›";\n}\n');
    });

    it("leaves the site's stylesheet with the same declarations, and no comment", async () => {
      const source = await readFile(path.join(repoRoot, "_includes/assets/css/site.css"), "utf8");
      const compact = compactCss(source);
      expect(compact).not.toContain("/*");
      const declarations = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, "").match(/[\w-]+\s*:[^;{}]+;/g)?.map((d) => d.replace(/\s+/g, " ")) ?? [];
      expect(declarations(compact)).toEqual(declarations(source));
      expect(compact.length).toBeLessThan(source.length * 0.9);
    });
  });
});
