import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { ui } from "../../src/site/ui-strings.ts";

let siteDir: string;

beforeAll(async () => {
  siteDir = await builtSiteDir();
});

const read = (url: string) => readFile(path.join(siteDir, url, "index.html"), "utf8");

async function itemUrls(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(siteDir, folder), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => `/${folder}/${entry.name}/`);
}

/** The hrefs of a page's breadcrumb trail, the page itself last; empty without a trail. */
function breadcrumbs(html: string): string[] {
  const nav = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
  return [...nav.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]!);
}

/** The previous and next links of a page's pager, by `rel`. */
function pager(html: string): { prev: string | undefined; next: string | undefined } {
  const nav = /<nav class="pager"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
  const href = (rel: string) => new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(nav)?.[1];
  return { prev: href("prev"), next: href("next") };
}

/** Follows the `next` links from `first` to the end: the sequence a reader pages through. */
async function chain(first: string): Promise<string[]> {
  const seen = [first];
  for (let next = pager(await read(first)).next; next; next = pager(await read(next)).next) {
    if (seen.includes(next)) throw new Error(`boucle : ${next}`);
    seen.push(next);
  }
  return seen;
}

describe("site", () => {
  it("gives every page below the home page a breadcrumb trail from the home page to itself", async () => {
    const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
    const pages = entries
      .filter((entry) => entry.isFile() && entry.name === "index.html")
      .map((entry) => `/${path.relative(siteDir, entry.parentPath).split(path.sep).join("/")}/`.replace(/^\/\/$/, "/"));
    expect(pages.length).toBeGreaterThan(90);
    for (const url of pages.filter((page) => page !== "/")) {
      const trail = breadcrumbs(await read(url));
      expect(trail[0], url).toBe("/");
      expect(trail.at(-1), url).toBe(url);
    }
    expect(breadcrumbs(await read("/"))).toEqual([]);
  });

  for (const { folder, first } of [
    { folder: "risques", first: "/risques/collecte-massive-de-donnees/" },
    { folder: "points-cles", first: "/points-cles/gratuite-de-l-application/" },
  ]) {
    it(`links each page of /${folder}/ to the previous and the next, in the order of its index page, from the first to the last`, async () => {
      const urls = await itemUrls(folder);
      const index = await read(`/${folder}/`);
      const cards = [...index.matchAll(/<li class="card card--icon">[\s\S]*?<\/li>/g)].map((match) => match[0]);
      const cardUrls = cards.map((card) => /<h2 class="card__title"><a href="([^"]+)"/.exec(card)?.[1]);
      expect(cardUrls.toSorted(), "one card per item").toEqual(urls.toSorted());
      expect(cardUrls[0]).toBe(first);
      for (const card of cards) {
        expect(card).toMatch(/^<li class="card card--icon">\s*<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">/);
        expect(card).toMatch(/<p class="card__line">\S[\s\S]*?<\/p>/);
      }
      expect(await chain(first)).toEqual(cardUrls);
      for (const url of urls) {
        const { prev, next } = pager(await read(url));
        if (prev) expect(pager(await read(prev)).next, url).toBe(url);
        if (next) expect(pager(await read(next)).prev, url).toBe(url);
      }
    });
  }

  it("shows each risk's and key point's pictogram next to its title, hidden from assistive technologies", async () => {
    for (const url of [...(await itemUrls("risques")), ...(await itemUrls("points-cles"))]) {
      expect(await read(url), url).toMatch(/<h1 id="titre-(?:risque|critere)" class="with-icon"><svg class="icon" [^>]*aria-hidden="true" focusable="false">/);
    }
  });

  it("gives the fiche's risks a heading in its Sommaire, and its glossary definitions a skip link and a Sommaire entry", async () => {
    const html = await read("/fiches/messagerie-instantanee/");
    const toc = /<nav class="toc[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
    const entries = [...toc.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((match) => match[1]);
    expect(entries).toContain("les-risques");
    expect(entries.slice(-2)).toEqual(["lexique-de-la-fiche", "points-contre-risques"]);
    expect(html).toContain(`<h3 id="les-risques" class="added-heading screen-only">${ui.fiche.risksHeading}</h3>`);
    const skipLinks = /<ul class="skip-links">[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
    expect([...skipLinks.matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual(["#contenu", "#recherche-site", "#lexique-de-la-fiche"]);
    const risks = /<ul class="risk-list">[\s\S]*?<\/ul>\s*<\/li>[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
    expect(risks.match(/<svg class="icon"/g)).toHaveLength(9);
    expect(html.match(/<h3 id="[^"]+" class="criterion__title"><svg class="icon"/g)).toHaveLength(6);
  });
});
