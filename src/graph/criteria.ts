import type { ResolvedCriterion } from "../content/resolved-content.ts";
import type { GlossaryLinker } from "../markdown/glossary-links.ts";
import { renderMarkdown } from "../markdown/markdown.ts";
import { renderInlineBoth } from "../markdown/plain-text.ts";
import { urls } from "../site/urls.ts";
import { pageLink } from "./page-link.ts";
import { termsNamedIn, type LinkableTermView } from "./terms.ts";
import type { CriterionView } from "./views.ts";

/**
 * Key points in their rank order, each with the glossary terms its texts name. Questions are
 * numbered across points here, in rank order, because the self-check page counts them that way.
 */
export function buildCriterionViews(
  criteria: readonly ResolvedCriterion[],
  linker: GlossaryLinker<LinkableTermView>,
): Map<ResolvedCriterion, CriterionView> {
  const views = criteria.map((criterion): [ResolvedCriterion, CriterionView] => {
    const takeaway = renderInlineBoth(criterion.takeaway);
    const view: CriterionView = {
      ...pageLink(urls.criterion(criterion.id), criterion.title),
      id: criterion.id,
      icon: criterion.icon,
      order: criterion.order,
      neighbours: {},
      bodyHtml: renderMarkdown(criterion.body),
      takeawayHtml: takeaway.html,
      takeaway: takeaway.text,
      questions: criterion.questions.map((question, index) => ({ ...renderInlineBoth(question), id: `q-${criterion.id}-${index + 1}`, number: 0 })),
      howToCheck: criterion.howToCheck.map((line) => renderInlineBoth(line)),
      howToCheckUrl: urls.criterionHowToCheck(criterion.id),
      risks: [],
      terms: termsNamedIn([criterion.title, ...criterion.questions, criterion.body, criterion.takeaway].join("\n"), linker),
    };
    return [criterion, view];
  });
  const sorted = views.sort(([a], [b]) => a.order - b.order);
  let number = 0;
  for (const [, view] of sorted) for (const question of view.questions) question.number = ++number;
  return new Map(sorted);
}
