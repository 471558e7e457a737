import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { builtHtmlPages } from "../helpers/built-pages.ts";
import { htmlSpacingViolations, spacingViolations, type SpacingViolation } from "../helpers/french-spacing-scan.ts";
import { decodeEntities } from "../helpers/html-entities.ts";

let siteDir: string;
let pages: string[];

beforeAll(async () => {
  siteDir = await builtSiteDir();
  pages = await builtHtmlPages(siteDir);
});

/** « where « text around » », one line per violation, so a failure says what to fix and where. */
const report = (violations: SpacingViolation[]) => violations.map((violation) => `${violation.where} « ${violation.context} »`);

/**
 * Strings of the open data that machines read (ids, links, dates, versions, language codes) or that
 * are English: checked by the schemas, not by French typography.
 */
const MACHINE_KEY = /^(?:\$schema|\$id|id|url|lang|updated|checked|version|number|format|type|pattern|required|web)$|(?:Url|Id)$|^english/;

/** Every violation in the strings of a JSON value; HTML fields (`…Html`) are scanned as HTML. */
function jsonViolations(value: unknown, where: string, key = ""): SpacingViolation[] {
  if (typeof value === "string") {
    if (MACHINE_KEY.test(key) || /^(?:https?:|mailto:|tel:|sms:)\S*$/.test(value)) return [];
    return key.endsWith("Html") ? htmlSpacingViolations(value, where) : spacingViolations(value, where);
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => jsonViolations(item, `${where}[${index}]`, key));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([name, field]) => jsonViolations(field, `${where}.${name}`, name));
  }
  return [];
}

describe("site", () => {
  it("shows no ordinary space where French typography wants a no-break one, on any page", async () => {
    expect(pages.length).toBeGreaterThan(90);
    const violations: SpacingViolation[] = [];
    for (const file of pages) violations.push(...htmlSpacingViolations(await readFile(file, "utf8"), path.relative(siteDir, file)));
    expect(report(violations)).toEqual([]);
  });

  it("has French spacing in the titles, summaries and names of the Atom feed", async () => {
    const feed = await readFile(path.join(siteDir, "flux.xml"), "utf8");
    const texts = [...feed.matchAll(/<(title|subtitle|summary|name|rights)>([^<]*)<\/\1>/g)];
    expect(texts.length).toBeGreaterThan(5);
    const violations = texts.flatMap(([, tag, text]) => spacingViolations(decodeEntities(text!), `flux.xml <${tag}>`));
    expect(report(violations)).toEqual([]);
  });

  it("has French spacing in every text field of the open data and in the descriptions of its schemas", async () => {
    const files = (await readdir(path.join(siteDir, "api"))).filter((name) => name.endsWith(".json"));
    expect(files.length).toBe(10);
    const violations: SpacingViolation[] = [];
    for (const name of files) {
      const data: unknown = JSON.parse(await readFile(path.join(siteDir, "api", name), "utf8"));
      violations.push(...jsonViolations(data, `api/${name}`));
    }
    expect(report(violations)).toEqual([]);
  });
});
