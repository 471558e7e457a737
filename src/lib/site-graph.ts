import type { Content } from "../content/load-content.ts";
import type { Criterion } from "../models/criterion.ts";
import type { Fiche, FicheSection, ListItem, RiskReference } from "../models/fiche.ts";
import { glossaryCategories, type GlossaryTerm } from "../models/glossary-term.ts";
import type { Risk } from "../models/risk.ts";
import type { SiteMetadata } from "../models/site-metadata.ts";
import { GlossaryLinker, type GlossaryLinkEnv } from "../markdown/glossary-links.ts";
import { renderInlineMarkdown, renderMarkdown } from "../markdown/markdown.ts";
import { frenchTypography } from "../markdown/french-typography.ts";
import { formatFrenchDate } from "./format-date.ts";
import { inlineMarkdownToText } from "./plain-text.ts";
import { slugify } from "./slugify.ts";
import { urls } from "./urls.ts";

/** A link to another page, as templates show it. */
export interface PageLink {
  url: string;
  /** Inline HTML (may hold a `lang` span). */
  titleHtml: string;
  title: string;
  lang?: string | undefined;
}

export interface TermView extends PageLink {
  slug: string;
  letter: string;
  category: { id: string; label: string };
  shortHtml: string;
  short: string;
  bodyHtml: string;
  exampleHtml?: string | undefined;
  adviceHtml?: string | undefined;
  aliases: string[];
  englishEquivalents: string[];
  seeAlso: TermView[];
  risks: RiskView[];
  fiches: PageLink[];
}

export interface RiskView extends PageLink {
  id: string;
  descriptionHtml?: string | undefined;
  parent?: RiskView | undefined;
  subRisks: RiskView[];
  criteria: CriterionView[];
  terms: TermView[];
  fiches: PageLink[];
}

export interface CriterionView extends PageLink {
  id: string;
  order: number;
  bodyHtml: string;
  takeawayHtml: string;
  /** The takeaway as plain text, with French typography. */
  takeaway: string;
  /** The self-check question of « Ma messagerie est-elle sûre ? »; « Oui » means the app meets the point. */
  questionHtml: string;
  question: string;
  risks: RiskView[];
  /** Glossary terms named in the point's title, question, text or takeaway, in reading order. */
  terms: TermView[];
}

export interface ListItemView {
  html: string;
  items: ListItemView[];
}

export interface RiskItemView {
  /** The fiche's wording, without the list punctuation that follows it. */
  html: string;
  /** « , », « . » or « : » after the item, kept out of the link text. */
  trailing: string;
  risk: RiskView;
  items: RiskItemView[];
}

export type SectionView =
  | { type: "heading"; level: number; id: string; html: string; text: string }
  | { type: "prose"; html: string }
  | { type: "list"; items: ListItemView[] }
  | { type: "audience"; labelHtml: string; html: string }
  | { type: "callout"; tone: "warning" | "info"; html: string }
  | { type: "risks"; items: RiskItemView[] }
  | { type: "criteria"; introHtml: string; items: { criterion: CriterionView; bodyHtml: string; headingId: string }[] }
  | { type: "ficheReference"; textHtml: string; fiche: PageLink }
  | { type: "glossary"; letters: LetterGroup[] };

export interface LetterGroup {
  letter: string;
  id: string;
  terms: TermView[];
}

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

export interface FicheView extends PageLink {
  slug: string;
  subtitle: string;
  summary: string;
  updated: string;
  updatedLabel: string;
  version: string;
  publisher: string;
  pdf: { url: string; subject: string; keywords: string[]; maxPages: number };
  sections: SectionView[];
  toc: TocEntry[];
  /** Terms linked from the fiche's text, for the list of definitions at its end. */
  usedTerms: TermView[];
  risks: RiskView[];
}

/** Everything templates need, computed once per build from validated content. */
export interface SiteGraph {
  site: SiteMetadata;
  fiches: FicheView[];
  risks: RiskView[];
  /** Top-level risks, in the order fiches name them, each with its sub-risks. */
  rootRisks: RiskView[];
  criteria: CriterionView[];
  terms: TermView[];
  letters: LetterGroup[];
  categories: { id: string; label: string; terms: TermView[] }[];
}

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/** The index letter of a term: « Échange de SIM » files under E, « 2FA » under 0–9. */
export function indexLetter(term: string): string {
  const first = term.normalize("NFD").replace(/\p{M}/gu, "").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "0–9";
}

function pageLink(url: string, titleMarkdown: string, lang?: string): PageLink {
  return { url, titleHtml: renderInlineMarkdown(titleMarkdown), title: inlineMarkdownToText(titleMarkdown), lang };
}

function buildTerms(terms: GlossaryTerm[]): TermView[] {
  const views = terms
    .map((term): TermView => ({
      ...pageLink(urls.term(term.slug), term.term, term.lang),
      slug: term.slug,
      letter: indexLetter(term.term),
      category: { id: term.category, label: glossaryCategories[term.category] },
      shortHtml: renderInlineMarkdown(term.short),
      short: inlineMarkdownToText(term.short),
      bodyHtml: renderMarkdown(term.body),
      exampleHtml: term.example ? renderMarkdown(term.example) : undefined,
      adviceHtml: term.advice ? renderMarkdown(term.advice) : undefined,
      aliases: term.aliases,
      englishEquivalents: term.englishEquivalents,
      seeAlso: [],
      risks: [],
      fiches: [],
    }))
    .sort((a, b) => collator.compare(a.title, b.title));
  const bySlug = new Map(views.map((view) => [view.slug, view]));
  for (const term of terms) {
    const view = bySlug.get(term.slug)!;
    view.seeAlso = term.seeAlso.map((slug) => bySlug.get(slug)!);
  }
  return views;
}

function groupByLetter(terms: TermView[]): LetterGroup[] {
  const groups = new Map<string, TermView[]>();
  for (const term of terms) {
    const group = groups.get(term.letter);
    if (group) group.push(term);
    else groups.set(term.letter, [term]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, id: `lettre-${slugify(letter) || "chiffres"}`, terms: grouped }));
}

function buildCriteria(criteria: Criterion[]): CriterionView[] {
  return criteria
    .map((criterion) => ({
      ...pageLink(urls.criterion(criterion.id), criterion.title),
      id: criterion.id,
      order: criterion.order,
      bodyHtml: renderMarkdown(criterion.body),
      takeawayHtml: renderInlineMarkdown(criterion.takeaway),
      takeaway: inlineMarkdownToText(criterion.takeaway),
      questionHtml: renderInlineMarkdown(criterion.question),
      question: inlineMarkdownToText(criterion.question),
      risks: [],
      terms: [],
    }))
    .sort((a, b) => a.order - b.order);
}

function buildRisks(risks: Risk[], criteria: Map<string, CriterionView>, terms: Map<string, TermView>): RiskView[] {
  const views = risks.map((risk): RiskView => ({
    ...pageLink(urls.risk(risk.id), risk.label),
    id: risk.id,
    descriptionHtml: risk.description ? renderMarkdown(risk.description) : undefined,
    subRisks: [],
    criteria: risk.avoidedBy.map((id) => criteria.get(id)!).sort((a, b) => a.order - b.order),
    terms: risk.terms.map((slug) => terms.get(slug)!),
    fiches: [],
  }));
  const byId = new Map(views.map((view) => [view.id, view]));
  for (const risk of risks) {
    const view = byId.get(risk.id)!;
    view.subRisks = risk.subRisks.map((id) => byId.get(id)!);
    for (const child of view.subRisks) child.parent = view;
    for (const criterion of view.criteria) criterion.risks.push(view);
    for (const term of view.terms) term.risks.push(view);
  }
  return views;
}

interface FicheRenderContext {
  risks: Map<string, RiskView>;
  criteria: Map<string, CriterionView>;
  fiches: Map<string, Fiche>;
  /** Criteria Markdown, rendered again inside each fiche with that fiche's glossary links. */
  criterionBodies: Map<string, string>;
  letters: LetterGroup[];
  linker: GlossaryLinker;
}

function renderListItem(item: ListItem, env: GlossaryLinkEnv): ListItemView {
  if (typeof item === "string") return { html: renderInlineMarkdown(item, env), items: [] };
  return { html: renderInlineMarkdown(item.text, env), items: item.items.map((child) => renderListItem(child, env)) };
}

/** Splits « Piratage : » into the words and the punctuation the sheet puts after them. */
export function splitTrailingPunctuation(text: string): { words: string; trailing: string } {
  const match = /^(.*?)([\s\u00A0\u202F]*[,.;:]+)$/s.exec(text);
  return match ? { words: match[1]!, trailing: match[2]! } : { words: text, trailing: "" };
}

function renderRiskItem(item: RiskReference, risks: Map<string, RiskView>): RiskItemView {
  const risk = risks.get(item.risk)!;
  const { words, trailing } = splitTrailingPunctuation(item.text ?? "");
  return {
    html: item.text ? renderInlineMarkdown(words) : risk.titleHtml,
    trailing: frenchTypography(trailing),
    risk,
    items: item.items.map((child) => renderRiskItem(child, risks)),
  };
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base || "section";
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function renderSections(fiche: Fiche, context: FicheRenderContext, usedTerms: Set<string>) {
  const ids = new Set<string>(["contenu", "sommaire", "lexique-de-la-fiche"]);
  const toc: TocEntry[] = [];
  const mentionedRisks: RiskView[] = [];
  let env: GlossaryLinkEnv = { glossary: context.linker, usedTerms, linkedInSection: new Set() };
  const newSection = () => (env = { glossary: context.linker, usedTerms, linkedInSection: new Set() });
  const sections = fiche.sections.map((section: FicheSection): SectionView => {
    switch (section.type) {
      case "heading": {
        const text = inlineMarkdownToText(section.text);
        const id = uniqueId(slugify(text), ids);
        if (section.level === 2) toc.push({ id, text, children: [] });
        else toc.at(-1)?.children.push({ id, text, children: [] });
        newSection();
        return { type: "heading", level: section.level, id, text, html: renderInlineMarkdown(section.text) };
      }
      case "prose":
        return { type: "prose", html: renderMarkdown(section.markdown, env) };
      case "list":
        return { type: "list", items: section.items.map((item) => renderListItem(item, env)) };
      case "audience":
        return { type: "audience", labelHtml: renderInlineMarkdown(section.label), html: renderInlineMarkdown(section.markdown, env) };
      case "callout":
        return { type: "callout", tone: section.tone, html: renderMarkdown(section.markdown, env) };
      case "risks": {
        const items = section.items.map((item) => renderRiskItem(item, context.risks));
        const collect = (list: RiskItemView[]): void =>
          list.forEach((item) => {
            mentionedRisks.push(item.risk);
            collect(item.items);
          });
        collect(items);
        return { type: "risks", items };
      }
      case "criteria": {
        const items = section.items.map((id) => {
          const criterion = context.criteria.get(id)!;
          const headingId = uniqueId(slugify(criterion.title), ids);
          toc.at(-1)?.children.push({ id: headingId, text: criterion.title, children: [] });
          const criterionEnv: GlossaryLinkEnv = { glossary: context.linker, usedTerms, linkedInSection: new Set() };
          return { criterion, headingId, bodyHtml: renderMarkdown(context.criterionBodies.get(id)!, criterionEnv) };
        });
        return { type: "criteria", introHtml: renderInlineMarkdown(section.intro), items };
      }
      case "ficheReference": {
        const target = context.fiches.get(section.fiche)!;
        return {
          type: "ficheReference",
          textHtml: renderInlineMarkdown(section.text, env),
          fiche: pageLink(urls.fiche(target.slug), target.title),
        };
      }
      case "glossary":
        for (const group of context.letters) ids.add(group.id);
        for (const group of context.letters) toc.push({ id: group.id, text: group.letter, children: [] });
        return { type: "glossary", letters: context.letters };
    }
  });
  return { sections, toc, mentionedRisks };
}

/**
 * Turns validated content into the pages' data: relations in both directions (risk ↔ criterion ↔
 * term ↔ fiche), Markdown rendered with glossary links, tables of contents, index letters.
 */
export function buildSiteGraph(content: Content): SiteGraph {
  const terms = buildTerms(content.terms.map((item) => item.value));
  const termsBySlug = new Map(terms.map((term) => [term.slug, term]));
  const criteriaContent = content.criteria.map((item) => item.value);
  const criteria = buildCriteria(criteriaContent);
  const criterionBodies = new Map(criteriaContent.map((criterion) => [criterion.id, criterion.body]));
  const criteriaById = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  const risks = buildRisks(content.risks.map((item) => item.value), criteriaById, termsBySlug);
  const risksById = new Map(risks.map((risk) => [risk.id, risk]));
  const letters = groupByLetter(terms);
  const linker = new GlossaryLinker(
    content.terms.map(({ value }) => ({
      slug: value.slug,
      url: urls.term(value.slug),
      spellings: [inlineMarkdownToText(value.term), ...value.aliases, ...value.englishEquivalents],
    })),
  );
  for (const criterion of criteriaContent) {
    const text = [criterion.title, criterion.question, criterion.body, criterion.takeaway].join("\n");
    criteriaById.get(criterion.id)!.terms = termsNamedIn(text, linker, termsBySlug);
  }
  const ficheSources = new Map(content.fiches.map((item) => [item.value.slug, item.value]));
  const context: FicheRenderContext = {
    risks: risksById,
    criteria: criteriaById,
    fiches: ficheSources,
    criterionBodies,
    letters,
    linker,
  };

  const fiches = content.fiches
    .map(({ value: fiche }): FicheView => {
      const used = new Set<string>();
      const { sections, toc, mentionedRisks } = renderSections(fiche, context, used);
      const link = pageLink(urls.fiche(fiche.slug), fiche.title);
      const view: FicheView = {
        ...link,
        slug: fiche.slug,
        subtitle: inlineMarkdownToText(fiche.subtitle),
        summary: inlineMarkdownToText(fiche.summary),
        updated: fiche.updated,
        updatedLabel: formatFrenchDate(fiche.updated),
        version: fiche.version,
        publisher: fiche.publisher,
        pdf: { url: urls.fichePdf(fiche.slug), ...fiche.pdf },
        sections,
        toc,
        usedTerms: terms.filter((term) => used.has(term.slug)),
        risks: [...new Set(mentionedRisks)],
      };
      for (const term of view.usedTerms) term.fiches.push(link);
      for (const risk of view.risks) risk.fiches.push(link);
      return view;
    })
    .sort((a, b) => collator.compare(a.title, b.title));

  const categories = Object.entries(glossaryCategories).map(([id, label]) => ({
    id,
    label,
    terms: terms.filter((term) => term.category.id === id),
  }));
  const rootRisks = orderedRootRisks(risks, fiches);
  return { site: content.site, fiches, risks, rootRisks, criteria, terms, letters, categories };
}

/** The glossary terms a text names (any spelling), each once, in the order they first appear. */
export function termsNamedIn(text: string, linker: GlossaryLinker, terms: Map<string, TermView>): TermView[] {
  const slugs = new Set<string>();
  for (const match of linker.matches(text)) slugs.add(match.term.slug);
  return [...slugs].map((slug) => terms.get(slug)!);
}

/** Risks in the order the fiches list them first, then any other, so indexes read like the sheet. */
function orderedRootRisks(risks: RiskView[], fiches: FicheView[]): RiskView[] {
  const order = new Map<string, number>();
  for (const fiche of fiches) for (const risk of fiche.risks) if (!order.has(risk.id)) order.set(risk.id, order.size);
  return risks
    .filter((risk) => !risk.parent)
    .sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || collator.compare(a.title, b.title));
}
