import type { ResolvedFiche } from "../content/resolved-content.ts";
import { inlineMarkdownToText } from "../markdown/plain-text.ts";
import type { SiteMetadata } from "../models/site-metadata.ts";
import { ui } from "../site/ui-strings.ts";
import { urls } from "../site/urls.ts";
import { formatFrenchDate } from "../text/format-date.ts";
import { withFrenchSpacing } from "../text/french-typography.ts";
import { renderSections, type SectionContext } from "./fiche-sections.ts";
import { frenchCollator, pageLink } from "./page-link.ts";
import type { FicheView, TermView, TocEntry } from "./views.ts";

/**
 * The Sommaire of a fiche page: the outline of its text, then what the page adds after it, so the
 * definitions of its terms are one link away from the top.
 */
export function pageToc(fiche: Pick<FicheView, "toc" | "usedTerms" | "risks">): TocEntry[] {
  const extras: TocEntry[] = [];
  if (fiche.usedTerms.length > 0) extras.push({ id: urls.ficheIds.terms, text: ui.fiche.termsTitle, children: [] });
  if (fiche.risks.length > 0) extras.push({ id: urls.ficheIds.mapping, text: ui.fiche.mappingTitle, children: [] });
  return [...fiche.toc, ...extras];
}

/**
 * Fiche views in title order, and the relations they create: each term and risk learns the fiches
 * that cite it.
 */
export function buildFicheViews(
  fiches: readonly ResolvedFiche[],
  context: SectionContext,
  terms: readonly TermView[],
  site: SiteMetadata,
): FicheView[] {
  const views = fiches.map((fiche): FicheView => {
    const used = new Set<string>();
    const { sections, toc, mentionedRisks } = renderSections(fiche.sections, context, used);
    const title = inlineMarkdownToText(fiche.title);
    const subtitle = inlineMarkdownToText(fiche.subtitle);
    const updatedLabel = formatFrenchDate(fiche.updated);
    const view: FicheView = {
      ...pageLink(urls.fiche(fiche.id), fiche.title),
      id: fiche.id,
      subtitle,
      summary: inlineMarkdownToText(fiche.summary),
      updated: fiche.updated,
      updatedLabel,
      version: fiche.version,
      publisher: fiche.publisher,
      pdf: {
        url: urls.fichePdf(fiche.id),
        ...fiche.pdf,
        info: {
          title: `${title} — ${subtitle}`,
          author: fiche.publisher,
          subject: fiche.pdf.subject,
          keywords: fiche.pdf.keywords,
          creator: site.name,
          date: fiche.updated,
        },
      },
      /** The PDF's page margins (fiche-print-css.njk), text that no HTML step sees. */
      printMargins: withFrenchSpacing({ left: title, right: `${ui.fiche.updated} ${updatedLabel} · ${ui.fiche.version} ${fiche.version}` }),
      sections,
      toc,
      pageToc: [],
      usedTerms: terms.filter((term) => used.has(term.id)),
      risks: [...new Set(mentionedRisks)],
    };
    view.pageToc = pageToc(view);
    for (const term of view.usedTerms) term.fiches.push(view);
    for (const risk of view.risks) risk.fiches.push(view);
    return view;
  });
  return views.sort((a, b) => frenchCollator.compare(a.title, b.title));
}
