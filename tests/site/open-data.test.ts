import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { openDataNames, type OpenDataName } from "../../src/open-data/formats.ts";
import { repoRoot } from "../helpers/content-fixture.ts";

/** The open-data files checked against the content they come from, read straight from content/. */
const contentDir = path.join(repoRoot, "content");

interface DataFile {
  $schema: string;
  licence: { name: string; url: string };
  source: string;
  count: number;
  items: Record<string, unknown>[];
}

let siteDir: string;
let site: { baseUrl: string; licence: { name: string; url: string } };
const files = new Map<OpenDataName, DataFile>();
const validators = new Map<OpenDataName, ValidateFunction>();

/** Front matter of a Markdown content file, or a YAML file, parsed without the site's code. */
async function readContentFile(file: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(contentDir, file), "utf8");
  return parseYaml(file.endsWith(".md") ? text.split(/^---$/m)[1]! : text) as Record<string, unknown>;
}

async function contentIds(folder: string, extension: string): Promise<string[]> {
  return (await readdir(path.join(contentDir, folder))).filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length));
}

/** French typography puts no-break spaces before « ? » and « : »; compare words, not spaces. */
const words = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, " ").replace(/[’']/g, "'").trim();

beforeAll(async () => {
  siteDir = await builtSiteDir();
  site = (await readContentFile("site.yaml")) as typeof site;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat("uri", (value: string) => URL.canParse(value) && /^https?:\/\//.test(value));
  ajv.addFormat("date", (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)));
  for (const name of openDataNames) {
    files.set(name, JSON.parse(await readFile(path.join(siteDir, "api", `${name}.json`), "utf8")) as DataFile);
    const schema = JSON.parse(await readFile(path.join(siteDir, "api", `${name}.schema.json`), "utf8")) as { $id: string };
    validators.set(name, ajv.compile(schema));
  }
});

describe("site", () => {
  it("publishes five JSON files that each validate against the schema published next to them", () => {
    expect([...files.keys()]).toEqual(["fiches", "lexique", "risques", "criteres", "aide"]);
    for (const name of openDataNames) {
      const validate = validators.get(name)!;
      const valid = validate(files.get(name));
      expect(validate.errors ?? [], `api/${name}.json`).toEqual([]);
      expect(valid).toBe(true);
      expect(files.get(name)!.$schema).toBe(`${site.baseUrl}/api/${name}.schema.json`);
    }
  });

  it("rejects, with the published schemas, a file missing a field or with an unknown one", () => {
    const validate = validators.get("lexique")!;
    const file = structuredClone(files.get("lexique")!);
    delete file.items[0]!.short;
    file.items[1]!.typo = "x";
    expect(validate(file)).toBe(false);
    expect(validate.errors?.map((error) => error.message)).toEqual(
      expect.arrayContaining(["must have required property 'short'", "must NOT have additional properties"]),
    );
  });

  it("states the site's licence inside every file", () => {
    for (const name of openDataNames) {
      expect(files.get(name)!.licence, name).toEqual({ name: site.licence.name, url: site.licence.url });
    }
  });

  it("holds exactly one item per content file, with the content's own ids", async () => {
    const expected: Record<OpenDataName, [string, string, string]> = {
      fiches: ["fiches", ".yaml", "id"],
      lexique: ["lexique", ".md", "id"],
      risques: ["risques", ".yaml", "id"],
      criteres: ["criteres", ".md", "id"],
      aide: ["aide", ".yaml", "id"],
    };
    for (const name of openDataNames) {
      const [folder, extension, key] = expected[name];
      const file = files.get(name)!;
      const ids = file.items.map((item) => item[key] as string);
      expect([...ids].sort(), name).toEqual((await contentIds(folder, extension)).sort());
      expect(file.count, name).toBe(file.items.length);
    }
  });

  it("matches what the content files say, field by field", async () => {
    for (const item of files.get("lexique")!.items) {
      const source = await readContentFile(`lexique/${item.id as string}.md`);
      expect(item.category, item.id as string).toMatchObject({ id: source.category });
      expect(item.otherNames).toEqual(source.otherNames ?? []);
      expect(item.englishNames).toEqual(source.englishNames ?? []);
      expect(item.improperNames).toEqual(source.improperNames ?? []);
      expect(item.searchSpellings).toEqual(source.searchSpellings ?? []);
      expect(item.reviewed).toBe(source.reviewed);
      expect(item.seeAlso).toEqual(source.seeAlso);
      expect(item.url).toBe(`${site.baseUrl}/lexique/${item.id as string}/`);
    }
    for (const item of files.get("criteres")!.items) {
      const source = await readContentFile(`criteres/${item.id as string}.md`);
      expect(item.order).toBe(source.order);
      const plain = (markdown: string) => words(markdown.replace(/\[([^\]]+)\]\{lang=\w+\}/g, "$1"));
      expect((item.questions as string[]).map(words), item.id as string).toEqual((source.questions as string[]).map(plain));
      expect((item.howToCheck as string[]).map(words), item.id as string).toEqual((source.howToCheck as string[]).map(plain));
    }
    for (const item of files.get("fiches")!.items) {
      const source = await readContentFile(`fiches/${item.id as string}.yaml`);
      expect(item.updated).toBe(source.updated);
      expect(item.version).toBe(source.version);
      expect(item.keywords).toEqual((source.pdf as { keywords: string[] }).keywords);
      expect(item.pdfUrl).toBe(`${site.baseUrl}/pdf/${item.id as string}.pdf`);
    }
    for (const item of files.get("risques")!.items) {
      const source = await readContentFile(`risques/${item.id as string}.yaml`);
      expect(item.subRisks).toEqual(source.subRisks ?? []);
      expect(item.terms).toEqual(source.terms ?? []);
      expect([...(item.criteria as string[])].sort()).toEqual([...((source.avoidedBy as string[]) ?? [])].sort());
      for (const part of ["protect", "ifItHappened", "report"]) {
        expect((item[part] as string[]).map(words), `${item.id as string} ${part}`).toEqual((source[part] as string[]).map(words));
      }
      expect(item.help).toEqual(source.help ?? []);
    }
    for (const item of files.get("aide")!.items) {
      const source = await readContentFile(`aide/${item.id as string}.yaml`);
      const contact = source.contact as { phone?: string; sms?: string; web?: string };
      const published = item.contact as { phone: { number: string } | null; sms: { number: string } | null; web: string | null };
      expect(published.phone?.number ?? null, item.id as string).toBe(contact.phone?.replace(/\s/g, "") ?? null);
      expect(published.sms?.number ?? null, item.id as string).toBe(contact.sms?.replace(/\s/g, "") ?? null);
      expect(published.web).toBe(contact.web ?? null);
      expect(item.checked).toBe(source.checked);
      expect(item.sources).toEqual(source.sources);
      expect(item.url).toBe(`${site.baseUrl}/aide/#${item.id as string}`);
    }
  });

  it("publishes an Atom feed with one entry per fiche, dated and identified by its update", async () => {
    const feed = await readFile(path.join(siteDir, "flux.xml"), "utf8");
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${site.baseUrl}/flux.xml"/>`);
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((match) => match[1]!);
    const host = new URL(site.baseUrl).hostname;
    const fiches = files.get("fiches")!.items;
    expect(entries).toHaveLength(fiches.length);
    for (const fiche of fiches) {
      const entry = entries.find((text) => text.includes(`<link rel="alternate" type="text/html" href="${fiche.url as string}"/>`));
      expect(entry, fiche.id as string).toBeDefined();
      expect(entry).toContain(`<id>tag:${host},${fiche.updated as string}:/fiches/${fiche.id as string}/</id>`);
      expect(entry).toContain(`<updated>${fiche.updated as string}T00:00:00Z</updated>`);
    }
    const newest = fiches.map((fiche) => fiche.updated as string).sort().at(-1);
    expect(/<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(feed)?.[1]).toBe(`${newest}T00:00:00Z`);
  });

  it("announces the feed in every page's head and links it from the fiches list", async () => {
    const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
    const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html") && !entry.parentPath.includes("pagefind"));
    expect(pages.length).toBeGreaterThan(90);
    const missing: string[] = [];
    for (const entry of pages) {
      const html = await readFile(path.join(entry.parentPath, entry.name), "utf8");
      const head = html.slice(0, html.indexOf("</head>"));
      if (!head.includes('<link rel="alternate" type="application/atom+xml" href="/flux.xml"')) missing.push(path.relative(siteDir, path.join(entry.parentPath, entry.name)));
    }
    expect(missing).toEqual([]);
    const list = await readFile(path.join(siteDir, "fiches/index.html"), "utf8");
    expect(list).toMatch(/<main[\s\S]*href="\/flux.xml"[\s\S]*<\/main>/);
  });

  it("lists every file, its schema and the licence on the « Données ouvertes » page, linked from the footer and the site plan", async () => {
    const html = await readFile(path.join(siteDir, "donnees-ouvertes/index.html"), "utf8");
    const main = /<main[\s\S]*<\/main>/.exec(html)![0];
    for (const name of openDataNames) {
      expect(main).toContain(`href="/api/${name}.json"`);
      expect(main).toContain(`href="/api/${name}.schema.json"`);
    }
    expect(main).toContain(`href="${site.licence.url}"`);
    const footer = /<footer[\s\S]*<\/footer>/.exec(await readFile(path.join(siteDir, "index.html"), "utf8"))![0];
    expect(footer).toContain('href="/donnees-ouvertes/"');
    const plan = await readFile(path.join(siteDir, "plan-du-site/index.html"), "utf8");
    expect(/<main[\s\S]*<\/main>/.exec(plan)![0]).toContain('href="/donnees-ouvertes/"');
  });
});
