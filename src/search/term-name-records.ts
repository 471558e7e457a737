import type { CustomRecord } from "pagefind";
import type { TermView } from "../graph/site-graph.ts";
import { straightenApostrophes } from "./straighten-apostrophes.ts";

/**
 * The `type` filter value of name records. Pages never carry it, so page searches exclude it and
 * the search page (`_includes/assets/js/search.js`, same string) searches it on its own.
 */
export const TERM_NAME_RECORD_TYPE = "nom de terme";

/**
 * The sort key holding a name's number of words. Sorted on it, the names that match a query come
 * shortest first, and only the shortest can be spelt entirely by the query.
 */
export const NAME_LENGTH_SORT = "mots";

/**
 * Filters holding what a search result shows of the term: a search spelling on no page
 * (« SMS bizarre ») still leads to its term. Not meta: Pagefind searches meta, and a name record
 * would then match the words of its summary.
 */
export const NAME_SHOWN_AS = { title: "terme", summary: "résumé" } as const;

/** Words as Pagefind counts them: separated by spaces. */
function countWords(name: string): number {
  return name.trim().split(/\s+/).length;
}

/** What a name record needs from a glossary term. */
export type NamedTerm = Pick<TermView, "url" | "searchNames" | "title" | "short">;

/**
 * One tiny Pagefind record per spelling of each glossary term (names, search spellings, derived forms).
 *
 * Why: Pagefind ranks whole pages, and a page that merely contains a name can outrank the term
 * itself (« sauvegarde » finds « Sauvegarde chiffrée » first, « phishing » finds « Smishing »,
 * whose English name is « SMS phishing »). Indexed alone, a name is a document of a few words:
 * the search page can see that the query spells all of it — with Pagefind's own stemming, so
 * « chiffrer » spells « Chiffrement » — and show that term first.
 *
 * Each record gets its own URL (`/lexique/x/#nom-2`): Pagefind keeps one entry per URL, and a
 * record sharing the page's URL would replace the page in the index.
 */
export function termNameRecords(terms: readonly NamedTerm[]): CustomRecord[] {
  return terms.flatMap((term) => {
    const seen = new Set<string>();
    const names = term.searchNames.filter((name) => {
      // Accents stay in the key: Pagefind does not fold them, so « hameconnage » needs its own record.
      const key = straightenApostrophes(name).toLowerCase().replace(/\s+/g, " ").trim();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return names.map((name, index) => ({
      url: `${term.url}#nom-${index + 1}`,
      content: straightenApostrophes(name),
      language: "fr",
      filters: { type: [TERM_NAME_RECORD_TYPE], [NAME_SHOWN_AS.title]: [term.title], [NAME_SHOWN_AS.summary]: [term.short] },
      sort: { [NAME_LENGTH_SORT]: String(countWords(name)) },
    }));
  });
}
