import type { ResolvedCriterion, ResolvedRiskReference, ResolvedSection } from "../content/resolved-content.ts";
import type { GlossaryLinkEnv, GlossaryLinker } from "../markdown/glossary-links.ts";
import { frenchTypography } from "../text/french-typography.ts";
import { renderInlineMarkdown, renderMarkdown } from "../markdown/markdown.ts";
import { renderInlineBoth } from "../markdown/plain-text.ts";
import type { ListItem } from "../models/fiche.ts";
import { absoluteUrl } from "../site/absolute-url.ts";
import { ui } from "../site/ui-strings.ts";
import { urls } from "../site/urls.ts";
import { slugify } from "../text/slugify.ts";
import { pageLink } from "./page-link.ts";
import type { LinkableTermView } from "./terms.ts";
import type { CriterionView, LetterGroup, ListItemView, RiskItemView, RiskView, SectionView, TocEntry } from "./views.ts";

/** What rendering a fiche's sections needs from the rest of the graph. */
export interface SectionContext {
  riskView(risk: ResolvedRiskReference["risk"]): RiskView;
  criterionView(criterion: ResolvedCriterion): CriterionView;
  letters: LetterGroup[];
  linker: GlossaryLinker<LinkableTermView>;
  /** Printed sheets show the full address of the fiches they cite. */
  baseUrl: string;
  /**
   * A key point's text, rendered once for every fiche that lists it: its glossary links start
   * afresh in each fiche, so the HTML is the same everywhere (`linked`: the terms it links).
   */
  criterionBodies: Map<ResolvedCriterion, { html: string; linked: string[] }>;
}

/** Ids the fiche page itself uses: a heading never takes them. */
const RESERVED_IDS = ["contenu", "recherche-site", ...Object.values(urls.ficheIds)];

/** Splits « Piratage : » into the words and the punctuation the sheet puts after them. */
export function splitTrailingPunctuation(text: string): { words: string; trailing: string } {
  const match = /^(.*?)([\s\u00A0\u202F]*[,.;:]+)$/s.exec(text);
  return match ? { words: match[1]!, trailing: match[2]! } : { words: text, trailing: "" };
}

function renderListItem(item: ListItem, env: GlossaryLinkEnv): ListItemView {
  if (typeof item === "string") return { html: renderInlineMarkdown(item, env), items: [] };
  return { html: renderInlineMarkdown(item.text, env), items: item.items.map((child) => renderListItem(child, env)) };
}

function renderRiskItem(item: ResolvedRiskReference, context: SectionContext): RiskItemView {
  const risk = context.riskView(item.risk);
  const { words, trailing } = splitTrailingPunctuation(item.text ?? "");
  return {
    html: item.text ? renderInlineMarkdown(words) : risk.titleHtml,
    trailing: frenchTypography(trailing),
    risk,
    items: item.items.map((child) => renderRiskItem(child, context)),
  };
}

function criterionBody(criterion: ResolvedCriterion, context: SectionContext): { html: string; linked: string[] } {
  let body = context.criterionBodies.get(criterion);
  if (!body) {
    const linked = new Set<string>();
    const html = renderMarkdown(criterion.body, { glossary: context.linker, usedTerms: linked, linkedInSection: new Set() });
    body = { html, linked: [...linked] };
    context.criterionBodies.set(criterion, body);
  }
  return body;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base || "section";
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Renders a fiche's sections with glossary links (each term once per section), and collects its
 * table of contents, the risks it names and, in `usedTerms`, the ids of the terms it links.
 */
export function renderSections(sections: readonly ResolvedSection[], context: SectionContext, usedTerms: Set<string>) {
  const ids = new Set<string>(RESERVED_IDS);
  const toc: TocEntry[] = [];
  const mentionedRisks: RiskView[] = [];
  const newEnv = (): GlossaryLinkEnv => ({ glossary: context.linker, usedTerms, linkedInSection: new Set() });
  let env = newEnv();
  let level = 1;
  /**
   * Our heading above a list of risks, so the list has its place in the Sommaire: before the
   * sentence that introduces the list (a prose section right before it), else before the list.
   */
  const risksHeading = (): SectionView => {
    const { html, text } = renderInlineBoth(ui.fiche.risksHeading);
    const id = uniqueId(slugify(text), ids);
    const entry = { id, text, children: [] };
    if (level >= 2 && toc.length > 0) toc.at(-1)!.children.push(entry);
    else toc.push(entry);
    return { type: "heading", level: Math.min(level + 1, 4), id, text, html, added: true };
  };
  const views = sections.flatMap((section, index): SectionView | SectionView[] => {
    const introducesRisks = section.type === "prose" && sections[index + 1]?.type === "risks";
    const unintroducedRisks = section.type === "risks" && sections[index - 1]?.type !== "prose";
    return introducesRisks || unintroducedRisks ? [risksHeading(), renderSection(section)] : renderSection(section);
  });
  return { sections: views, toc, mentionedRisks };

  function renderSection(section: ResolvedSection): SectionView {
    switch (section.type) {
      case "heading": {
        const { html, text } = renderInlineBoth(section.text);
        const id = uniqueId(slugify(text), ids);
        if (section.level === 2) toc.push({ id, text, children: [] });
        else toc.at(-1)?.children.push({ id, text, children: [] });
        level = section.level;
        env = newEnv();
        return { type: "heading", level: section.level, id, text, html };
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
        const items = section.items.map((item) => renderRiskItem(item, context));
        const collect = (list: RiskItemView[]): void =>
          list.forEach((item) => {
            mentionedRisks.push(item.risk);
            collect(item.items);
          });
        collect(items);
        return { type: "risks", items };
      }
      case "criteria": {
        const items = section.items.map((source) => {
          const criterion = context.criterionView(source);
          const headingId = uniqueId(slugify(criterion.title), ids);
          toc.at(-1)?.children.push({ id: headingId, text: criterion.title, children: [] });
          const body = criterionBody(source, context);
          for (const id of body.linked) usedTerms.add(id);
          return { criterion, headingId, bodyHtml: body.html };
        });
        return { type: "criteria", introHtml: renderInlineMarkdown(section.intro), items };
      }
      case "ficheReference": {
        const url = urls.fiche(section.fiche.id);
        return {
          type: "ficheReference",
          textHtml: renderInlineMarkdown(section.text, env),
          fiche: pageLink(url, section.fiche.title),
          printedUrl: absoluteUrl(url, context.baseUrl),
        };
      }
      case "glossary":
        for (const group of context.letters) ids.add(group.id);
        for (const group of context.letters) toc.push({ id: group.id, text: group.letter, children: [] });
        return { type: "glossary", letters: context.letters };
    }
  }
}
