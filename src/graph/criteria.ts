import type { ResolvedCriterion } from "../content/resolved-content.ts";
import type { GlossaryLinker } from "../markdown/glossary-links.ts";
import { renderInlineMarkdown, renderMarkdown } from "../markdown/markdown.ts";
import { inlineMarkdownToText } from "../markdown/plain-text.ts";
import { urls } from "../site/urls.ts";
import { pageLink } from "./page-link.ts";
import { termsNamedIn, type LinkableTermView } from "./terms.ts";
import type { CriterionView } from "./views.ts";

/** Key points in their rank order, each with the glossary terms its texts name. */
export function buildCriterionViews(
  criteria: readonly ResolvedCriterion[],
  linker: GlossaryLinker<LinkableTermView>,
): Map<ResolvedCriterion, CriterionView> {
  const views = criteria.map((criterion): [ResolvedCriterion, CriterionView] => [
    criterion,
    {
      ...pageLink(urls.criterion(criterion.id), criterion.title),
      id: criterion.id,
      order: criterion.order,
      bodyHtml: renderMarkdown(criterion.body),
      takeawayHtml: renderInlineMarkdown(criterion.takeaway),
      takeaway: inlineMarkdownToText(criterion.takeaway),
      questionHtml: renderInlineMarkdown(criterion.question),
      question: inlineMarkdownToText(criterion.question),
      risks: [],
      terms: termsNamedIn([criterion.title, criterion.question, criterion.body, criterion.takeaway].join("\n"), linker),
    },
  ]);
  return new Map(views.sort(([a], [b]) => a.order - b.order));
}
