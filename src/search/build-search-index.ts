import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { CustomRecord } from "pagefind";
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
    for (const file of files) {
      const html = await readFile(path.join(options.siteDir, file), "utf8");
      failOn((await index.addHTMLFile({ sourcePath: file, content: prepareHtml(html) })).errors, `l’indexation de ${file}`);
    }
    for (const record of options.records ?? []) {
      failOn((await index.addCustomRecord(record)).errors, `l’indexation de ${record.url}`);
    }
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
