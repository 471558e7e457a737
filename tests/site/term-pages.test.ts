import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { ui } from "../../src/site/ui-strings.ts";
import { spellingKey } from "../../src/text/spelling-variants.ts";

interface TermPage {
  id: string;
  title: string;
  /** Each `<dt>` of the names list, with the names of its `<dd>`. */
  names: Map<string, string[]>;
  reviewed: string | undefined;
}

let pages: TermPage[];

const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .trim();

beforeAll(async () => {
  const termDir = path.join(await builtSiteDir(), "lexique");
  const ids = (await readdir(termDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  pages = await Promise.all(
    ids.map(async (id) => {
      const html = await readFile(path.join(termDir, id, "index.html"), "utf8");
      const names = new Map<string, string[]>();
      const list = /<dl class="term__names">([\s\S]*?)<\/dl>/.exec(html)?.[1] ?? "";
      for (const [, label, values] of list.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)) {
        const withoutNote = values!.replace(/<span class="term__note">[\s\S]*?<\/span>/, "");
        names.set(textOf(label!), textOf(withoutNote).split(/,\s*/));
      }
      return {
        id,
        title: textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ""),
        names,
        reviewed: /<time datetime="(\d{4}-\d{2}-\d{2})">/.exec(/<p class="term__reviewed"[\s\S]*?<\/p>/.exec(html)?.[0] ?? "")?.[1],
      };
    }),
  );
});

it("publishes at least 90 term pages", () => {
  expect(pages.length).toBeGreaterThanOrEqual(90);
});

it("never shows two names of a term that differ only by accents, case, hyphens or a plural", () => {
  const clashes = pages.flatMap((page) => {
    const seen = new Map<string, string>();
    return [page.title, ...[...page.names.values()].flat()].flatMap((name) => {
      const key = spellingKey(name);
      const first = seen.get(key);
      seen.set(key, name);
      return first === undefined ? [] : [`${page.id}: « ${first} » et « ${name} »`];
    });
  });
  expect(clashes).toEqual([]);
});

it("shows improper names under their own label, apart from the other names", async () => {
  const chiffrement = pages.find((page) => page.id === "chiffrement")!;
  expect(chiffrement.names.get(ui.term.improperNames)).toEqual(["cryptage"]);
  expect([...chiffrement.names.values()].flat().filter((name) => name === "cryptage")).toHaveLength(1);
});

it("dates every term page with the day its facts were checked", () => {
  expect(pages.filter((page) => page.reviewed === undefined).map((page) => page.id)).toEqual([]);
});
