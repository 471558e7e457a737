import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load-content.ts";
import { buildSiteGraph } from "../../src/graph/site-graph.ts";
import { buildSearchIndex } from "../../src/search/build-search-index.ts";
import { straightenApostrophes } from "../../src/search/straighten-apostrophes.ts";
import { TERM_NAME_RECORD_TYPE, termNameRecords } from "../../src/search/term-name-records.ts";
import { startStaticServer, type RunningServer } from "../../src/server/static-server.ts";
import { repoRoot } from "../helpers/content-fixture.ts";
import { startBrowserSession, type BrowserSession } from "../helpers/browser.ts";
import { runTsx } from "../helpers/run-build.ts";

/** The part of Pagefind's browser API these tests call (pagefind.js ships no types). */
interface PagefindModule {
  options(options: { basePath: string }): Promise<void>;
  search(query: string, options?: { filters?: object }): Promise<{ results: { data(): Promise<{ url: string; excerpt: string }> }[] }>;
}

/** Pagefind's own browser bundle, run in Node against an index served over HTTP like a browser would. */
interface IndexReader {
  /** Each page found, with the words its excerpt marks as matching. */
  hits(query: string): Promise<{ url: string; marked: string[] }[]>;
  close(): Promise<void>;
}

let work: string;
let site: string;
let session: BrowserSession;
let searchPage: Page;
const readers: IndexReader[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "fiches-search-"));
  site = path.join(work, "_site");
  const build = await runTsx("scripts/build.ts", { FICHES_SITE_DIR: site, FICHES_CACHE_DIR: path.join(work, "cache") });
  expect(build.stderr).toBe("");
  expect(build.code).toBe(0);
  session = await startBrowserSession(site);
  searchPage = await session.open("/recherche/");
}, 300_000);

afterAll(async () => {
  for (const reader of readers) await reader.close();
  await session?.close();
  await rm(work, { recursive: true, force: true });
});

async function openIndex(siteDir: string): Promise<IndexReader> {
  const server: RunningServer = await startStaticServer(siteDir);
  const pagefind = (await import(pathToFileURL(path.join(siteDir, "pagefind/pagefind.js")).href)) as PagefindModule;
  await pagefind.options({ basePath: `${server.origin}/pagefind/` });
  const reader: IndexReader = {
    async hits(query) {
      const { results } = await pagefind.search(query, { filters: { type: { none: [TERM_NAME_RECORD_TYPE] } } });
      return Promise.all(
        results.map(async (result) => {
          const { url, excerpt } = await result.data();
          return { url: url.replace(server.origin, ""), marked: [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!) };
        }),
      );
    },
    close: () => server.close(),
  };
  readers.push(reader);
  return reader;
}

/** A site holding one page of the real build, indexed as the build does, or with other HTML preparation. */
async function indexAlone(file: string, prepareHtml?: (html: string) => string): Promise<IndexReader> {
  const alone = await mkdtemp(path.join(work, "seule-"));
  await mkdir(path.join(alone, path.dirname(file)), { recursive: true });
  await writeFile(path.join(alone, file), await readFile(path.join(site, file), "utf8"));
  await buildSearchIndex({ siteDir: alone, ...(prepareHtml ? { prepareHtml } : {}) });
  return openIndex(alone);
}

/** Pages enough for several of the batches Pagefind is handed the site in. */
const MANY_PAGES = 100;

/**
 * A word only page `n` holds, « kaak » to « kdvk »: letters only, so that Pagefind does not split it,
 * and ending in « k », which the French stemmer keeps (it cuts a final « a »: « zqaa » found every « zqa… »).
 */
const wordOfPage = (n: number) => `k${String.fromCharCode(97 + Math.floor(n / 26))}${String.fromCharCode(97 + (n % 26))}k`;

/** A site of MANY_PAGES indexable pages, `page-000/` to `page-099/`: their folders, in path order, and their HTML. */
async function writeManyPages(): Promise<{ siteDir: string; pages: { folder: string; html: string }[] }> {
  const siteDir = await mkdtemp(path.join(work, "pages-"));
  const pages = Array.from({ length: MANY_PAGES }, (_, n) => {
    const folder = `page-${String(n).padStart(3, "0")}`;
    const html = `<!DOCTYPE html><html lang="fr"><head><title>${folder}</title></head><body><article data-pagefind-body>
      <h1>Page ${n}</h1><p>Le mot ${wordOfPage(n)} n’est que sur cette page.</p></article></body></html>`;
    return { folder, html };
  });
  for (const { folder, html } of pages) {
    await mkdir(path.join(siteDir, folder));
    await writeFile(path.join(siteDir, folder, "index.html"), html);
  }
  return { siteDir, pages };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** What a reader of the search page sees: the announced status and the result links, in order. */
async function searchInBrowser(query: string, type = ""): Promise<{ status: string; urls: string[] }> {
  const params = new URLSearchParams({ q: query });
  if (type) params.set("type", type);
  await searchPage.goto(`${session.origin}/recherche/?${params}`, { waitUntil: "load" });
  await searchPage.waitForFunction(() => document.querySelector("[data-search-status]")?.textContent, { timeout: 15_000 });
  return searchPage.evaluate(() => ({
    status: document.querySelector("[data-search-status]")!.textContent!,
    urls: [...document.querySelectorAll(".search-results h2 a")].map((link) => link.getAttribute("href")!),
  }));
}

/**
 * Query → the page that must come first. Names, other and English names, search spellings, no accents, inflections,
 * several words, misspellings, and names that another term, a risk or a point clé also uses.
 */
const firstResults: { query: string; type?: string; expected: string | null; why: string }[] = [
  { query: "phishing", expected: "/lexique/hameconnage/", why: "English name; Smishing and Quishing say « SMS phishing », « QR code phishing »" },
  { query: "hameconnage", expected: "/lexique/hameconnage/", why: "derived spelling without the cedilla" },
  { query: "Hameçonnage", expected: "/lexique/hameconnage/", why: "name; the shorter risk page « Hameçonnage » outranked it" },
  { query: "HAMECONNAGE", expected: "/lexique/hameconnage/", why: "case ignored" },
  { query: "ransomware", expected: "/lexique/rancongiciel/", why: "English name" },
  { query: "rancongiciel", expected: "/lexique/rancongiciel/", why: "no accent" },
  { query: "E2EE", expected: "/lexique/chiffrement-de-bout-en-bout/", why: "English abbreviation" },
  { query: "bout en bout", expected: "/lexique/chiffrement-de-bout-en-bout/", why: "part of the name, three words" },
  { query: "chiffrement de bout en bout", expected: "/lexique/chiffrement-de-bout-en-bout/", why: "five words" },
  { query: "chiffré", expected: "/lexique/chiffrement/", why: "inflection: Chiffrement de bout en bout and Sauvegarde chiffrée outranked it" },
  { query: "chiffrer", expected: "/lexique/chiffrement/", why: "inflection" },
  { query: "Chiffrement", expected: "/lexique/chiffrement/", why: "name shared with the point clé « Chiffrement »" },
  { query: "sauvegarde", expected: "/lexique/sauvegarde/", why: "name contained in « Sauvegarde chiffrée »" },
  { query: "sauvegarde chiffrée", expected: "/lexique/sauvegarde-chiffree/", why: "two words" },
  { query: "mots de passe", expected: "/lexique/mot-de-passe/", why: "derived plural" },
  { query: "2FA", expected: "/lexique/authentification-a-deux-facteurs/", why: "English abbreviation" },
  { query: "double authentification", expected: "/lexique/authentification-a-deux-facteurs/", why: "two-word other name" },
  { query: "malware", expected: "/lexique/logiciel-malveillant/", why: "Antivirus has the English name « anti-malware »" },
  { query: "virus", expected: "/lexique/virus/", why: "Antivirus is found as « anti-virus » too" },
  { query: "tracker", expected: "/lexique/traceur/", why: "Traçage has the English name « tracking » (same stem)" },
  { query: "pirate informatique", expected: "/lexique/hacker/", why: "Piratage has « piratage informatique » (same stems)" },
  { query: "vol d'identité", expected: "/lexique/usurpation-d-identite/", why: "other name shared with the risk « Vol d’identité »" },
  { query: "vol d’identité", expected: "/lexique/usurpation-d-identite/", why: "same, typed with a curly apostrophe" },
  { query: "fuite de données", expected: "/lexique/fuite-de-donnees/", why: "name close to the risk about leaks" },
  { query: "messagerie instantanee", expected: "/lexique/messagerie-instantanee/", why: "name of the fiche too, no accent" },
  { query: "metadonnees", expected: "/lexique/metadonnees/", why: "no accent" },
  { query: "wifi public", expected: "/lexique/wi-fi-public/", why: "derived spelling without the hyphen" },
  { query: "keylogger", expected: "/lexique/enregistreur-de-frappe/", why: "English name" },
  { query: "deepfake", expected: "/lexique/hypertrucage/", why: "English name" },
  { query: "rançongicel", expected: "/lexique/rancongiciel/", why: "misspelt at the end: Pagefind falls back on the longest known prefix" },
  { query: "authentifcation", expected: "/lexique/authentification-a-deux-facteurs/", why: "misspelt at the end" },
  { query: "phising", expected: null, why: "misspelt early: Pagefind has no fuzzy matching, and the A–Z letters are not indexed" },
  { query: "arnaque sms", expected: "/lexique/smishing/", why: "plain words of a worried reader; search spelling of Smishing" },
  { query: "sms bizarre", expected: "/lexique/smishing/", why: "plain words; no page says « bizarre »" },
  { query: "compte volé", expected: "/lexique/compte-pirate/", why: "plain words; the risk « Vol d’identité » shares « vol »" },
  { query: "faux conseiller", expected: "/lexique/hameconnage-vocal/", why: "plain words; other name « arnaque au faux conseiller »" },
  { query: "photo intime", expected: "/lexique/diffusion-d-images-intimes/", why: "plain words; Sextorsion also speaks of intimate photos" },
  { query: "code reçu par sms", expected: "/lexique/arnaque-au-code-de-verification/", why: "plain words; many pages say « code reçu par SMS »" },
  { query: "hameçonnage", type: "risque", expected: "/risques/hameconnage/", why: "filtered to risks" },
  { query: "chiffrement", type: "point clé", expected: "/points-cles/chiffrement/", why: "filtered to points clés" },
  { query: "messagerie", type: "fiche", expected: "/fiches/messagerie-instantanee/", why: "filtered to fiches" },
  { query: "Pharos", expected: "/aide/", why: "a help service: only the help page names it, risk and term pages list it outside the index" },
  { query: "harcèlement", type: "aide", expected: "/aide/", why: "filtered to the help page" },
];

describe("build", () => {
  it("writes one French index of the pages with data-pagefind-body and of every glossary term name", async () => {
    const entry = JSON.parse(await readFile(path.join(site, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    const htmlFiles = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html"));
    let indexedPages = 0;
    for (const file of htmlFiles) if ((await readFile(path.join(site, file), "utf8")).includes("data-pagefind-body")) indexedPages++;
    const graph = buildSiteGraph(await loadContent({ contentDir: path.join(repoRoot, "content"), rootDir: repoRoot }));
    // The help page is one page, whatever the number of services.
    expect(indexedPages).toBe(graph.fiches.length + graph.risks.length + graph.criteria.length + graph.terms.length + 1);
    expect(Object.keys(entry.languages)).toEqual(["fr"]);
    expect(entry.languages.fr!.page_count).toBe(indexedPages + termNameRecords(graph.terms).length);
  });

  it("publishes only the files the search page uses, not Pagefind's ready-made interfaces", async () => {
    const files = await readdir(path.join(site, "pagefind"));
    expect(files).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json", "wasm.fr.pagefind", "index", "fragment", "filter"]));
    expect(files.filter((file) => /-ui\.|highlight|worker|unknown/.test(file))).toEqual([]);
  });

  it("matches « authentification » in « L’authentification », which Pagefind alone does not split", async () => {
    const file = "lexique/enregistreur-de-frappe/index.html";
    expect(await readFile(path.join(site, file), "utf8")).toContain("L’authentification");
    // Indexed as is, « L’authentification » is one word: nothing starts with « authentification »,
    // so Pagefind falls back on the longest word it knows that starts the query (« au », « à »).
    const untouched = await indexAlone(file, (html) => html);
    const untouchedMarks = (await untouched.hits("authentification")).flatMap((hit) => hit.marked);
    expect(untouchedMarks.length).toBeGreaterThan(0);
    expect(untouchedMarks.filter((word) => /authentification/i.test(word))).toEqual([]);
    const asBuilt = await indexAlone(file);
    expect(await asBuilt.hits("authentification")).toEqual([{ url: "/lexique/enregistreur-de-frappe/", marked: ["L'authentification"] }]);
    const onSite = (await (await openIndex(site)).hits("authentification")).find((hit) => hit.url === "/lexique/enregistreur-de-frappe/");
    expect(onSite?.marked).toContain("L'authentification");
  });

  it.each(firstResults.map((row) => ({ ...row, search: row.type ? `${row.query} » parmi « ${row.type}` : row.query })))(
    "lists $expected first for « $search » ($why)",
    async ({ query, type, expected }) => {
    const { status, urls } = await searchInBrowser(query, type);
    if (expected === null) {
      expect(status).toBe(`Aucun résultat pour «\u00A0${query}\u00A0»`);
      expect(urls).toEqual([]);
    } else {
      expect(status).toMatch(new RegExp(`^\\d+ résultats? pour «\u00A0${escapeRegExp(query)}\u00A0»`));
      expect(urls[0]).toBe(expected);
    }
  },
  );

  it("indexes each page of a site many batches long once, in path order, at its URL, and leaves the files as published", async () => {
    const { siteDir, pages } = await writeManyPages();
    const prepared: string[] = [];
    const report = await buildSearchIndex({
      siteDir,
      prepareHtml: (html) => {
        prepared.push(/<title>(.*?)<\/title>/.exec(html)![1]!);
        return straightenApostrophes(html);
      },
    });
    expect(report).toEqual({ htmlFiles: MANY_PAGES, entries: MANY_PAGES });
    // The order pages reach Pagefind is the order of its page numbers: the same for every build.
    expect(prepared).toEqual(pages.map((page) => page.folder));
    for (const { folder, html } of pages) expect(await readFile(path.join(siteDir, folder, "index.html"), "utf8")).toBe(html);
    const reader = await openIndex(siteDir);
    for (const [n, { folder }] of pages.entries()) {
      expect(await reader.hits(wordOfPage(n))).toEqual([{ url: `/${folder}/`, marked: [wordOfPage(n)] }]);
    }
  });

  it("fails with the error of a page that cannot be prepared, even with pages still queued in Pagefind", async () => {
    const { siteDir } = await writeManyPages();
    const prepareHtml = (html: string) => {
      if (html.includes("<title>page-050</title>")) throw new Error("page-050 illisible");
      return html;
    };
    // Pages sent before it are still being indexed when it fails: were their answers left unawaited,
    // Pagefind's shutdown would reject them unhandled, and Vitest would report it.
    await expect(buildSearchIndex({ siteDir, prepareHtml })).rejects.toThrow("page-050 illisible");
    await expect(readdir(path.join(siteDir, "pagefind"))).rejects.toThrow(/ENOENT/);
  });

  it("shows markup found in page text as text in the results, and runs none of it", async () => {
    const hostile = await mkdtemp(path.join(work, "hostile-"));
    for (const folder of ["recherche", "assets"]) await cp(path.join(site, folder), path.join(hostile, folder), { recursive: true });
    await mkdir(path.join(hostile, "piege"));
    await writeFile(
      path.join(hostile, "piege/index.html"),
      `<!DOCTYPE html><html lang="fr"><head><title>Piège</title></head><body><article data-pagefind-body data-pagefind-meta="type:Risque">
      <h1>Piège &lt;img src=x onerror=alert(1)&gt;</h1>
      <p>Un piège &lt;script&gt;alert(2)&lt;/script&gt; et &lt;b&gt;gras&lt;/b&gt;.</p></article></body></html>`,
    );
    await buildSearchIndex({ siteDir: hostile });
    const hostileSession = await startBrowserSession(hostile);
    try {
      const page = await hostileSession.open("/recherche/?q=pi%C3%A8ge");
      await page.waitForFunction(() => document.querySelector("[data-search-status]")?.textContent, { timeout: 15_000 });
      expect(await page.$$("[data-search-results] :is(img, script, b)")).toHaveLength(0);
      expect(await page.$eval(".search-results h2", (heading) => heading.textContent)).toBe("Piège <img src=x onerror=alert(1)>");
      expect(await page.$eval(".search-results__excerpt", (excerpt) => excerpt.textContent)).toContain("<script>alert(2)</script> et <b>gras</b>");
      expect(hostileSession.dialogs).toEqual([]);
      expect(hostileSession.problems).toEqual([]);
    } finally {
      await hostileSession.close();
    }
  });

  it("has no console error or failed request while searching", () => {
    expect(session.problems).toEqual([]);
  });
});
