import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate, FileSystemConfigLoader } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { builtHtmlPages } from "../helpers/built-pages.ts";

let siteDir: string;
let pages: string[];

beforeAll(async () => {
  siteDir = await builtSiteDir();
  pages = await builtHtmlPages(siteDir);
});


/** The file a site-relative URL serves, the way a static host resolves it. */
function fileForUrl(urlPath: string): string {
  const decoded = decodeURIComponent(urlPath);
  return path.join(siteDir, decoded.endsWith("/") ? `${decoded}index.html` : decoded);
}

describe("site", () => {
  it("validates every page with html-validate: zero errors", async () => {
    expect(pages.length).toBeGreaterThan(90);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${path.relative(siteDir, file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives every page its own <title> (RGAA 8.6: a title identifies its page)", async () => {
    const byTitle = new Map<string, string[]>();
    for (const file of pages) {
      const title = /<title>([^<]*)<\/title>/.exec(await readFile(file, "utf8"))?.[1] ?? "";
      byTitle.set(title, [...(byTitle.get(title) ?? []), path.relative(siteDir, file)]);
    }
    expect([...byTitle].filter(([title, files]) => !title || files.length > 1)).toEqual([]);
  });

  it("has no broken internal link or #anchor", async () => {
    const exists = new Map<string, boolean>();
    const ids = new Map<string, Set<string>>();
    const fileExists = async (file: string) => {
      if (!exists.has(file)) exists.set(file, await stat(file).then((info) => info.isFile(), () => false));
      return exists.get(file)!;
    };
    const idsOf = async (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set([...(await readFile(file, "utf8")).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
      return ids.get(file)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const html = await readFile(file, "utf8");
      const pageUrl = `/${path.relative(siteDir, file).split(path.sep).join("/")}`.replace(/index\.html$/, "");
      for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:|tel:|sms:)/.test(href!)) continue;
        checked++;
        const url = new URL(href!, `http://site${pageUrl}`);
        const target = fileForUrl(url.pathname);
        if (!(await fileExists(target))) broken.push(`${pageUrl} → ${href} (page absente)`);
        else if (url.hash && !(await idsOf(target)).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${pageUrl} → ${href} (ancre absente)`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });
});
