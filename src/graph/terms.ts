import type { ResolvedHelpService, ResolvedTerm } from "../content/resolved-content.ts";
import { GlossaryLinker } from "../markdown/glossary-links.ts";
import { renderMarkdown } from "../markdown/markdown.ts";
import { renderInlineBoth } from "../markdown/plain-text.ts";
import { glossaryCategories } from "../models/glossary-term.ts";
import { urls } from "../site/urls.ts";
import { formatFrenchDate } from "../text/format-date.ts";
import { slugify } from "../text/slugify.ts";
import { derivedSpellings } from "../text/spelling-variants.ts";
import { frenchCollator, pageLink } from "./page-link.ts";
import type { HelpServiceView, LetterGroup, TermView } from "./views.ts";

/**
 * Every spelling that finds or links a term: its names, its search spellings, and what they become
 * without accents or hyphens, or in the other number. Editors type none of the derived ones.
 */
export function termSpellings(
  term: Pick<ResolvedTerm, "term" | "lang" | "otherNames" | "englishNames" | "improperNames" | "searchSpellings">,
  { plurals = true } = {},
): string[] {
  const french = [...term.otherNames, ...term.improperNames, ...term.searchSpellings];
  const names: { name: string; french: boolean }[] = [
    { name: term.term, french: term.lang === undefined },
    ...french.map((name) => ({ name, french: true })),
    ...term.englishNames.map((name) => ({ name, french: false })),
  ];
  const spellings = new Map<string, string>();
  for (const { name, french: isFrench } of names) {
    for (const spelling of [name, ...derivedSpellings(name, { french: isFrench, plurals })]) {
      const key = spelling.toLowerCase();
      if (!spellings.has(key)) spellings.set(key, spelling);
    }
  }
  return [...spellings.values()];
}

/** The index letter of a term: « Échange de SIM » files under E, « 2FA » under 0–9. */
export function indexLetter(term: string): string {
  const first = term.normalize("NFD").replace(/\p{M}/gu, "").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "0–9";
}

/**
 * Term views in French alphabetical order, each with its « voir aussi » terms and its help services
 * (which list the term back); relations to risks and fiches are added later.
 */
export function buildTermViews(
  terms: readonly ResolvedTerm[],
  helpServices: ReadonlyMap<ResolvedHelpService, HelpServiceView> = new Map(),
): Map<ResolvedTerm, TermView> {
  const views = new Map<ResolvedTerm, TermView>();
  for (const term of terms) {
    const short = renderInlineBoth(term.short);
    views.set(term, {
      ...pageLink(urls.term(term.id), term.term, term.lang),
      id: term.id,
      letter: indexLetter(term.term),
      category: { id: term.category, label: glossaryCategories[term.category] },
      shortHtml: short.html,
      short: short.text,
      bodyHtml: renderMarkdown(term.body),
      exampleHtml: term.example ? renderMarkdown(term.example) : undefined,
      adviceHtml: term.advice ? renderMarkdown(term.advice) : undefined,
      printExtra: term.advice ? "advice" : "example",
      otherNames: term.otherNames,
      englishNames: term.englishNames,
      improperNames: term.improperNames,
      searchSpellings: term.searchSpellings,
      spellings: termSpellings(term),
      searchNames: termSpellings(term, { plurals: false }),
      reviewed: { iso: term.reviewed, label: formatFrenchDate(term.reviewed) },
      seeAlso: [],
      risks: [],
      fiches: [],
      help: term.help.map((service) => viewOf(helpServices, service)),
    });
  }
  for (const [term, view] of views) view.seeAlso = term.seeAlso.map((other) => viewOf(views, other));
  const sorted = new Map([...views].sort(([, a], [, b]) => frenchCollator.compare(a.title, b.title)));
  for (const view of sorted.values()) for (const service of view.help) service.terms.push(view);
  return sorted;
}

/** The view made for a content item; the item always has one, since views are made from the same list. */
export function viewOf<Item, View>(views: ReadonlyMap<Item, View>, item: Item): View {
  const view = views.get(item);
  if (view === undefined) throw new Error("Graphe du site : élément sans vue (erreur interne).");
  return view;
}

export function groupByLetter(terms: readonly TermView[]): LetterGroup[] {
  const groups = new Map<string, TermView[]>();
  for (const term of terms) {
    const group = groups.get(term.letter);
    if (group) group.push(term);
    else groups.set(term.letter, [term]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, id: `lettre-${slugify(letter) || "chiffres"}`, terms: grouped }));
}

/** A term as the glossary linker finds it in running text, carrying its view. */
export interface LinkableTermView {
  id: string;
  url: string;
  spellings: string[];
  view: TermView;
}

/** Links every spelling of a term (see `termSpellings`) to its page. */
export function glossaryLinker(views: ReadonlyMap<ResolvedTerm, TermView>): GlossaryLinker<LinkableTermView> {
  return new GlossaryLinker(
    [...views].map(([term, view]) => ({
      id: term.id,
      url: view.url,
      spellings: view.spellings,
      view,
    })),
  );
}

/** The glossary terms a text names (any spelling), each once, in the order they first appear. */
export function termsNamedIn(text: string, linker: GlossaryLinker<LinkableTermView>): TermView[] {
  const found = new Set<TermView>();
  for (const match of linker.matches(text)) found.add(match.term.view);
  return [...found];
}
