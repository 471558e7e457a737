import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { CustomRecord, PagefindIndex } from "pagefind";
import { listHtmlFiles } from "../files/list-html-files.ts";
import { straightenApostrophes } from "./straighten-apostrophes.ts";

/** The folder, inside the site, that the search page imports `/pagefind/pagefind.js` from. */
export const SEARCH_INDEX_FOLDER = "pagefind";

/** The only language of the site: every indexed page must land in this index, or it is unsearchable. */
const SITE_LANGUAGE = "fr";

/**
 * Parts of indexed pages that are navigation, not text: the A–Z letters of the glossary fiche.
 * Indexed, the single letters « P », « M »… became the « closest word » Pagefind falls back on for
 * a misspelt query (« phising » → « p »), so every typo listed the whole glossary fiche.
 */
const NAVIGATION_SELECTORS = [".letter-nav", ".glossary-letter__title"];

/**
 * Files Pagefind writes that the search page never loads, so they are not published: the
 * ready-made interfaces (ours replaces them: the default one fails RGAA), the web worker (search.js
 * runs Pagefind on the main thread) and the WebAssembly for pages without a language (all are French).
 */
const UNUSED_BUNDLE_FILES = [
  "pagefind-worker.js",
  "wasm.unknown.pagefind",
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/**
 * Pages read, then handed to Pagefind, at a time. Its service indexes one page after another;
 * handed a batch at once, it stays busy while the next batch is read, where awaiting each page in
 * turn left it idle during every read. On 2,500 pages, batches of 32 or 64 were no faster and took
 * more memory; and a batch, not the whole site, keeps a few dozen pages' HTML in memory at most.
 */
const PAGES_PER_BATCH = 16;

export interface SearchIndexOptions {
  /** The built site: its HTML is read, and the index is written into its `pagefind/` folder. */
  siteDir: string;
  /** Records that no HTML file backs (the glossary term names). */
  records?: readonly CustomRecord[];
  /** What Pagefind is handed instead of each file's HTML; the apostrophe fix unless a test says otherwise. */
  prepareHtml?: (html: string) => string;
}

export interface SearchIndexReport {
  /** HTML files read (every page, indexed or not). */
  htmlFiles: number;
  /** Entries in the index: pages with `data-pagefind-body`, plus the records. */
  entries: number;
}

/** Pagefind reports problems as lists of strings; a build must not carry on past any of them. */
function failOn(errors: string[], action: string): void {
  if (errors.length > 0) throw new Error(`Index de recherche : ${action} a échoué.\n${errors.join("\n")}`);
}

interface Page {
  /** Path relative to the site, as `listHtmlFiles` gives it: Pagefind derives the result URL from it. */
  file: string;
  html: string;
}

/**
 * Reads one batch of pages. Its failure is marked as handled at once: the batch is awaited later, or
 * never if indexing the previous one failed first, and a rejection nobody awaits would crash Node
 * instead of failing the build with its message.
 */
function readBatch(siteDir: string, files: readonly string[], start: number): Promise<Page[]> {
  const batch = Promise.all(
    files.slice(start, start + PAGES_PER_BATCH).map(async (file) => ({ file, html: await readFile(path.join(siteDir, file), "utf8") })),
  );
  batch.catch(() => {});
  return batch;
}

async function addPage(index: PagefindIndex, { file, html }: Page, prepareHtml: (html: string) => string): Promise<void> {
  failOn((await index.addHTMLFile({ sourcePath: file, content: prepareHtml(html) })).errors, `l’indexation de ${file}`);
}

/**
 * One record. `buildSearchIndex` sends them all at once: they are small and already in memory, and
 * Pagefind queues them in the order sent, so Node need not wait for each of thousands of answers.
 */
async function addRecord(index: PagefindIndex, record: CustomRecord): Promise<void> {
  failOn((await index.addCustomRecord(record)).errors, `l’indexation de ${record.url}`);
}

/**
 * Hands Pagefind every page in the sorted order of `files`, which becomes the order of its page
 * numbers (so two builds of the same site write the same index), reading each batch while Pagefind
 * indexes the previous one. The published files are only read: Pagefind gets the prepared copy.
 */
async function addPages(index: PagefindIndex, siteDir: string, files: readonly string[], prepareHtml: (html: string) => string): Promise<void> {
  let reading = readBatch(siteDir, files, 0);
  for (let start = 0; start < files.length; start += PAGES_PER_BATCH) {
    const pages = await reading;
    reading = readBatch(siteDir, files, start + PAGES_PER_BATCH);
    await Promise.all(pages.map((page) => addPage(index, page, prepareHtml)));
  }
}

/**
 * Indexes the built site with Pagefind's Node API (not the CLI) so that each page's HTML can be
 * adjusted before indexing and records added, then checks that everything went into the French index.
 */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexReport> {
  const prepareHtml = options.prepareHtml ?? straightenApostrophes;
  const outputPath = path.join(options.siteDir, SEARCH_INDEX_FOLDER);
  const files = await listHtmlFiles(options.siteDir);
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: NAVIGATION_SELECTORS });
    failOn(errors, "le démarrage de Pagefind");
    if (!index) throw new Error("Index de recherche : Pagefind n’a pas créé d’index.");
    await addPages(index, options.siteDir, files, prepareHtml);
    await Promise.all((options.records ?? []).map((record) => addRecord(index, record)));
    failOn((await index.writeFiles({ outputPath })).errors, "l’écriture de l’index");
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(path.join(outputPath, file), { force: true })));
  return { htmlFiles: files.length, entries: await countFrenchEntries(outputPath) };
}

/** Reads Pagefind's entry file: one French index that is not empty, or the build fails. */
async function countFrenchEntries(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.keys(entry.languages);
  const entries = entry.languages[SITE_LANGUAGE]?.page_count ?? 0;
  if (languages.length !== 1 || entries === 0) {
    throw new Error(
      `Index de recherche : attendu un seul index « ${SITE_LANGUAGE} » non vide, trouvé ${JSON.stringify(entry.languages)}. ` +
        "Vérifiez que chaque page indexée porte <html lang=\"fr\"> et que son article porte data-pagefind-body.",
    );
  }
  return entries;
}
