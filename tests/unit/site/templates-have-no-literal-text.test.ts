import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../helpers/content-fixture.ts";
import { findTypedText } from "../../helpers/template-text.ts";

const TEMPLATE_DIRS = ["_includes", "src/pages"];

async function templates(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of TEMPLATE_DIRS) {
    for (const entry of await readdir(path.join(repoRoot, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(".njk")) files.push(path.relative(repoRoot, path.join(entry.parentPath, entry.name)));
    }
  }
  return files.sort();
}

/** « file:line (where) « text » », so a failure says what to move into src/site/. */
async function typedTextIn(file: string): Promise<string[]> {
  const template = await readFile(path.join(repoRoot, file), "utf8");
  return findTypedText(template, { stylesheet: file.endsWith("-css.njk") }).map(
    (found) => `${file}:${found.line} (${found.where}) « ${found.text} »`,
  );
}

describe("unit", () => {
  describe("templates", () => {
    it("finds no typed text in any template", async () => {
      const files = await templates();
      expect(files.length).toBeGreaterThan(20);
      const found = (await Promise.all(files.map(typedTextIn))).flat();
      expect(found).toEqual([]);
    });

    it("reports a word typed between tags, with its line", () => {
      const template = "---\nlayout: layouts/base.njk\n---\n<h1>{{ meta.title }}</h1>\n<p>Bonjour {{ name }}&nbsp;!</p>\n";
      expect(findTypedText(template)).toEqual([{ line: 5, where: "text", text: "Bonjour &nbsp;!" }]);
    });

    it("reports a word typed in a visible attribute, but not in a technical one", () => {
      const template = [
        '<nav aria-label="Menu" class="main-nav">',
        '<img src="/a.svg" alt="{{ ui.logo }}">',
        '<meta name="viewport" content="width=device-width">',
        '<meta name="description" content="Des fiches">',
        "</nav>",
      ].join("\n");
      expect(findTypedText(template)).toEqual([
        { line: 1, where: "aria-label", text: "Menu" },
        { line: 4, where: "content", text: "Des fiches" },
      ]);
    });

    it("lets punctuation, spaces and entities through, but not an entity that spells a letter", () => {
      expect(findTypedText("<p>{{ a }}&nbsp;: {{ b }}&#8239;; « {{ c }} »</p>")).toEqual([]);
      expect(findTypedText("<p>{{ a }} &eacute;t&#233;</p>")).toEqual([{ line: 1, where: "text", text: "&eacute;t&#233;" }]);
    });

    it("ignores Nunjucks and HTML comments, tags and expressions", () => {
      const template = '{#- Why this page exists -#}\n<!-- note -->{% if page.url == "/" %}{{ "Accueil" }}{% endif %}';
      expect(findTypedText(template)).toEqual([]);
    });

    it("allows only routing and layout in the front matter", () => {
      const template = "---\nlayout: layouts/base.njk\ntitle: Accueil\npermalink: /\n---\n<p></p>";
      expect(findTypedText(template)).toEqual([{ line: 1, where: "front matter", text: "title" }]);
    });

    it("checks a stylesheet template by the text its content properties show", () => {
      const css = "/* Generated, do not edit. */\n@page { @top-left { content: {{ left | cssString | safe }}; } }\n@page { @bottom { content: \"Page\"; } }";
      expect(findTypedText(css, { stylesheet: true })).toEqual([{ line: 3, where: "content", text: '"Page"' }]);
    });
  });
});
