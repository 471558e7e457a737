import type { ResolvedCriterion } from "../content/resolved-content.ts";
import type { GlossaryLinker } from "../markdown/glossary-links.ts";
import { renderMarkdown } from "../markdown/markdown.ts";
import { renderInlineBoth } from "../markdown/plain-text.ts";
import { urls } from "../site/urls.ts";
import { pageLink } from "./page-link.ts";
import { termsNamedIn, type LinkableTermView } from "./terms.ts";
import type { CriterionView } from "./views.ts";

/** Key points in their rank order, each with the glossary terms its texts name. */
export function buildCriterionViews(
  criteria: readonly ResolvedCriterion[],
  linker: GlossaryLinker<LinkableTermView>,
): Map<ResolvedCriterion, CriterionView> {
  const views = criteria.map((criterion): [ResolvedCriterion, CriterionView] => {
    const takeaway = renderInlineBoth(criterion.takeaway);
    const question = renderInlineBoth(criterion.question);
    const view: CriterionView = {
      ...pageLink(urls.criterion(criterion.id), criterion.title),
      id: criterion.id,
      order: criterion.order,
      bodyHtml: renderMarkdown(criterion.body),
      takeawayHtml: takeaway.html,
      takeaway: takeaway.text,
      questionHtml: question.html,
      question: question.text,
      risks: [],
      terms: termsNamedIn([criterion.title, criterion.question, criterion.body, criterion.takeaway].join("\n"), linker),
    };
    return [criterion, view];
  });
  return new Map(views.sort(([a], [b]) => a.order - b.order));
}
