import type { ResolvedCriterion, ResolvedHelpService, ResolvedRisk, ResolvedTerm } from "../content/resolved-content.ts";
import { renderInlineMarkdown, renderMarkdown } from "../markdown/markdown.ts";
import { renderInlineBoth } from "../markdown/plain-text.ts";
import { urls } from "../site/urls.ts";
import { pageLink } from "./page-link.ts";
import { viewOf } from "./terms.ts";

import type { CriterionView, HelpServiceView, RiskView, StepView, TermView } from "./views.ts";

/** Risk views linked both ways to their sub-risks, the key points that help avoid them and their terms. */
export function buildRiskViews(
  risks: readonly ResolvedRisk[],
  criteria: ReadonlyMap<ResolvedCriterion, CriterionView>,
  terms: ReadonlyMap<ResolvedTerm, TermView>,
  helpServices: ReadonlyMap<ResolvedHelpService, HelpServiceView>,
): Map<ResolvedRisk, RiskView> {
  const views = new Map<ResolvedRisk, RiskView>();
  for (const risk of risks) {
    views.set(risk, {
      ...pageLink(urls.risk(risk.id), risk.label),
      id: risk.id,
      icon: risk.icon,
      descriptionHtml: risk.description ? renderMarkdown(risk.description) : undefined,
      summaryHtml: risk.description ? renderInlineMarkdown(firstSentence(risk.description)) : undefined,
      neighbours: {},
      protect: risk.protect.map(stepView),
      ifItHappened: risk.ifItHappened.map(stepView),
      report: risk.report.map(stepView),
      subRisks: [],
      criteria: risk.avoidedBy.map((criterion) => viewOf(criteria, criterion)).sort((a, b) => a.order - b.order),
      terms: risk.terms.map((term) => viewOf(terms, term)),
      fiches: [],
      fichesToRead: [],
      help: risk.help.map((service) => viewOf(helpServices, service)),
    });
  }
  for (const [risk, view] of views) {
    view.subRisks = risk.subRisks.map((child) => viewOf(views, child));
    for (const child of view.subRisks) child.parent = view;
    for (const criterion of view.criteria) criterion.risks.push(view);
    for (const term of view.terms) term.risks.push(view);
    for (const service of view.help) service.risks.push(view);
  }
  return views;
}

/** The first sentence of a text: up to the first « . », « ! » or « ? » followed by a space and a capital. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return /^.*?[.!?…](?=\s+\p{Lu}|$)/u.exec(flat)?.[0] ?? flat;
}

/** Steps are inline Markdown: rendered once, as HTML for the page and as text for reusers. */
function stepView(step: string): StepView {
  return renderInlineBoth(step);
}
