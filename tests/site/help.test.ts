import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";

let siteDir: string;
let help: string;
/** Each service's full entry on the help page, by id. */
let entries: Map<string, string>;

const read = (file: string) => readFile(path.join(siteDir, file), "utf8");

/** The `href` of every link of an HTML fragment. */
const hrefs = (html: string) => [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((match) => match[1]!);

beforeAll(async () => {
  siteDir = await builtSiteDir();
  help = /<main[\s\S]*<\/main>/.exec(await read("aide/index.html"))![0];
  entries = new Map([...help.matchAll(/<article class="help-service" id="([^"]+)"[\s\S]*?<\/article>/g)].map((match) => [match[1]!, match[0]]));
});

describe("site", () => {
  it("lists at least 12 help services on « Obtenir de l’aide », each in full once, after the emergency numbers", () => {
    expect(entries.size).toBeGreaterThanOrEqual(12);
    for (const id of entries.keys()) expect(help.match(new RegExp(`id="${id}"`, "g")), id).toHaveLength(1);
    const emergency = help.indexOf('id="danger-immediat"');
    expect(emergency).toBeGreaterThan(-1);
    expect(emergency).toBeLessThan(help.indexOf('class="help-situation"'));
    expect(hrefs(help.slice(emergency, help.indexOf("</section>", emergency)))).toEqual(["tel:17", "tel:112", "sms:114"]);
  });

  it("gives every service a way to contact it, a check date and its sources", () => {
    for (const [id, entry] of entries) {
      const contacts = /<ul class="help-contacts"[\s\S]*?<\/ul>/.exec(entry)?.[0] ?? "";
      expect(hrefs(contacts).length, id).toBeGreaterThan(0);
      expect(entry, id).toMatch(/Informations vérifiées le <time datetime="\d{4}-\d{2}-\d{2}">/);
      const sources = /class="help-service__checked"[\s\S]*?<\/p>/.exec(entry)![0];
      expect(hrefs(sources).length, id).toBeGreaterThan(0);
      for (const href of hrefs(sources)) expect(href, id).toMatch(/^https:\/\//);
    }
  });

  it("links numbers with digits only and web pages over https", async () => {
    const links = hrefs(help);
    const phones = links.filter((href) => /^(tel|sms):/.test(href));
    expect(phones.length).toBeGreaterThan(5);
    for (const href of phones) expect(href).toMatch(/^(tel|sms):\d+$/);
    for (const href of links.filter((href) => /^[a-z]+:/i.test(href) && !/^(tel|sms):/.test(href))) expect(href).toMatch(/^https:\/\//);
  });

  it("reaches every service from at least one risk or term page, on an anchor that exists", async () => {
    const linked = new Map<string, string[]>();
    for (const folder of ["risques", "lexique"]) {
      for (const entry of await readdir(path.join(siteDir, folder), { withFileTypes: true })) {
        if (!entry.isDirectory()) continue;
        const html = await read(path.join(folder, entry.name, "index.html"));
        const section = /<section class="help-section"[\s\S]*?<\/section>/.exec(html)?.[0];
        if (!section) continue;
        expect(section, entry.name).toContain("<h2 id=\"obtenir-de-l-aide\">");
        for (const href of hrefs(section).filter((href) => href.startsWith("/aide/#"))) {
          const id = href.slice("/aide/#".length);
          linked.set(id, [...(linked.get(id) ?? []), `${folder}/${entry.name}`]);
        }
      }
    }
    for (const id of linked.keys()) expect(entries.has(id), `/aide/#${id}`).toBe(true);
    for (const id of entries.keys()) expect(linked.get(id)?.length ?? 0, `${id} n’est cité par aucun risque ni terme`).toBeGreaterThan(0);
  });

  it("is linked from every page's footer, from the site map, and listed in the sitemap", async () => {
    const footer = /<footer[\s\S]*<\/footer>/.exec(await read("risques/piratage/index.html"))![0];
    expect(footer).toContain('href="/aide/"');
    expect(await read("plan-du-site/index.html")).toContain('href="/aide/#plateforme-17cyber"');
    expect(await read("sitemap.xml")).toMatch(/<loc>[^<]*\/aide\/<\/loc>/);
  });
});
