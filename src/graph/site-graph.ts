import type { Content } from "../content/resolved-content.ts";
import { glossaryCategories } from "../models/glossary-term.ts";
import { absoluteUrl } from "../site/absolute-url.ts";
import { privacyComplaintHelpId } from "../site/legal-texts.ts";
import { selfCheckHelpIds, settingsQuestions } from "../site/settings-check.ts";
import { accessibilityResults } from "./accessibility-results.ts";
import { buildCriterionViews } from "./criteria.ts";
import { buildFicheViews } from "./fiches.ts";
import { buildHelpServiceViews, groupBySituation } from "./help-services.ts";
import { siteNavigation } from "./navigation.ts";
import { frenchCollator } from "./page-link.ts";
import { buildPageMeta } from "./pages.ts";
import { buildRiskViews } from "./risks.ts";
import { depthFirst, neighboursInOrder } from "./sequence.ts";
import { buildTermViews, glossaryLinker, groupByLetter, viewOf } from "./terms.ts";
import type { FicheView, RiskView, SiteGraph } from "./views.ts";

export type * from "./views.ts";
export { indexLetter } from "./terms.ts";
export { splitTrailingPunctuation } from "./fiche-sections.ts";

/**
 * Turns resolved content into the pages' data, once per build: relations in both directions
 * (risk ↔ key point ↔ term ↔ fiche), Markdown rendered with glossary links, tables of contents,
 * index letters, and the metadata of every page.
 */
export function buildSiteGraph(content: Content): SiteGraph {
  const helpServiceViews = buildHelpServiceViews(content.helpServices);
  const helpServices = [...helpServiceViews.values()];
  const termViews = buildTermViews(content.terms, helpServiceViews);
  const terms = [...termViews.values()];
  const linker = glossaryLinker(termViews);
  const criterionViews = buildCriterionViews(content.criteria, linker);
  const riskViews = buildRiskViews(content.risks, criterionViews, termViews, helpServiceViews);
  const risks = [...riskViews.values()];
  const letters = groupByLetter(terms);
  const fiches = buildFicheViews(
    content.fiches,
    {
      riskView: (risk) => viewOf(riskViews, risk),
      criterionView: (criterion) => viewOf(criterionViews, criterion),
      letters,
      linker,
      baseUrl: content.site.baseUrl,
      criterionBodies: new Map(),
    },
    terms,
    content.site,
  );
  for (const risk of risks) risk.fichesToRead = risk.fiches.length > 0 || !risk.parent ? risk.fiches : risk.parent.fiches;
  const criteria = [...criterionViews.values()];
  const rootRisks = orderedRootRisks(risks, fiches);
  const riskOrder = depthFirst(rootRisks, (risk) => risk.subRisks);
  neighboursInOrder(riskOrder).forEach((neighbours, index) => (riskOrder[index]!.neighbours = neighbours));
  neighboursInOrder(criteria).forEach((neighbours, index) => (criteria[index]!.neighbours = neighbours));
  const accessibility = content.accessibilityAudit && accessibilityResults(content.accessibilityAudit);
  const navigation = siteNavigation(criteria.length, accessibility?.state ?? "non conforme");
  const pages = buildPageMeta({ site: content.site, fiches, terms, risks, criteria, navigation });
  return {
    site: content.site,
    fiches,
    risks,
    rootRisks,
    riskOrder,
    criteria,
    questionCount: criteria.reduce((count, criterion) => count + criterion.questions.length, 0),
    settingsQuestions: settingsQuestions.map((question) => ({ ...question, printedUrl: absoluteUrl(question.howToUrl, content.site.baseUrl) })),
    terms,
    letters,
    helpServices,
    helpSituations: groupBySituation(helpServices),
    selfCheckHelp: selfCheckHelpIds.flatMap((id) => helpServices.filter((service) => service.id === id)),
    privacyComplaint: helpServices.find((service) => service.id === privacyComplaintHelpId),
    categories: Object.entries(glossaryCategories).map(([id, label]) => ({
      id,
      label,
      terms: terms.filter((term) => term.category.id === id),
    })),
    pages,
    images: content.images,
    accessibility,
    sitemap: Object.values(pages)
      .filter((page) => page.inSitemap)
      .map((page) => absoluteUrl(page.url, content.site.baseUrl)),
  };
}

/** Risks in the order the fiches list them first, then any other, so indexes read like the sheet. */
function orderedRootRisks(risks: RiskView[], fiches: FicheView[]): RiskView[] {
  const order = new Map<string, number>();
  for (const fiche of fiches) for (const risk of fiche.risks) if (!order.has(risk.id)) order.set(risk.id, order.size);
  return risks
    .filter((risk) => !risk.parent)
    .sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || frenchCollator.compare(a.title, b.title));
}
