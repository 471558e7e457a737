import type { SiteMetadata } from "../models/site-metadata.ts";
import { absoluteUrl } from "../site/absolute-url.ts";
import { ui } from "../site/ui-strings.ts";
import { urls } from "../site/urls.ts";
import { applyFrenchSpacing } from "../text/french-typography.ts";
import { withCount } from "../text/with-count.ts";
import { markCurrent, type NavigationItem } from "./navigation.ts";
import type { Breadcrumb, CriterionView, FicheView, PageMeta, RiskView, SkipLink, TermView } from "./views.ts";

interface PageInput {
  url: string;
  title: string;
  /** Title shown in the window, when it differs from `title` (« Hameçonnage — Lexique »). */
  documentTitle?: string;
  description?: string | undefined;
  breadcrumbs?: Breadcrumb[];
  breadcrumbTitle?: string | undefined;
  scripts?: string[];
  printStyles?: string[];
  inSitemap?: boolean;
  /** Skip links after the two every page has (content, search). */
  skipLinks?: SkipLink[];
}

/** The navigation of each page, shared by every page that shows the same state. */
function navigationFor(navigation: PageSources["navigation"]): (url: string) => Pick<PageMeta, "navigation" | "navigationKey"> {
  const shared = new Map<string, Pick<PageMeta, "navigation" | "navigationKey">>();
  return (url) => {
    const main = markCurrent(navigation.main, url);
    const footer = markCurrent(navigation.footer, url);
    const key = [...main, ...footer].filter((item) => item.current).map((item) => `${item.url}=${item.current}`).join(" ") || "aucune";
    if (!shared.has(key)) shared.set(key, { navigation: { main, footer }, navigationKey: key });
    return shared.get(key)!;
  };
}

export interface PageSources {
  site: SiteMetadata;
  fiches: readonly FicheView[];
  terms: readonly TermView[];
  risks: readonly RiskView[];
  criteria: readonly CriterionView[];
  navigation: { main: NavigationItem[]; footer: NavigationItem[] };
}

/** Longer window titles are cut off in tabs and search results (and refused by html-validate). */
export const MAX_WINDOW_TITLE = 70;

/**
 * « Page — kind — site », or the shorter « Page — site », or the page title alone: the first that
 * fits, so a long term name keeps its own words rather than the site's.
 */
export function windowTitle(parts: readonly string[], title: string): string {
  const full = parts.join(" — ");
  if (full.length <= MAX_WINDOW_TITLE) return full;
  const short = `${title} — ${parts.at(-1)}`;
  return short.length <= MAX_WINDOW_TITLE ? short : title;
}

/**
 * The metadata of every HTML page of the site, by URL: titles, descriptions, breadcrumbs and the
 * scripts and print styles a page loads. The layout shows them; a page missing here fails the build.
 */
export function buildPageMeta(sources: PageSources): Record<string, PageMeta> {
  const { site, criteria } = sources;
  const text = ui.pages;
  const home: Breadcrumb = { url: urls.home, title: text.home.title };
  const navigation = navigationFor(sources.navigation);
  const criteriaTitle = withCount(text.criteria.title, criteria.length);
  /** Titles and descriptions come from content as well as from `ui`: French spacing is applied to all of them here. */
  const page = (input: PageInput): PageMeta => ({
    url: input.url,
    title: applyFrenchSpacing(input.title),
    documentTitle: applyFrenchSpacing(windowTitle([input.documentTitle ?? input.title, site.name], input.title)),
    canonicalUrl: absoluteUrl(input.url, site.baseUrl),
    description: applyFrenchSpacing(input.description ?? site.tagline),
    breadcrumbs: (input.breadcrumbs ?? [home]).map((crumb) => ({ ...crumb, title: applyFrenchSpacing(crumb.title) })),
    breadcrumbTitle: applyFrenchSpacing(input.breadcrumbTitle ?? input.title),
    skipLinks: [{ href: "#contenu", label: ui.skipToContent }, { href: "#recherche-site", label: ui.skipToSearch }, ...(input.skipLinks ?? [])],
    scripts: input.scripts ?? [],
    printStyles: input.printStyles ?? [],
    inSitemap: input.inSitemap ?? true,
    ...navigation(input.url),
  });
  const pages: PageMeta[] = [
    page({ url: urls.home, title: text.home.title, description: text.home.description, breadcrumbs: [] }),
    page({ url: urls.fiches, title: text.fiches.title, breadcrumbTitle: text.fiches.breadcrumb }),
    // The fiche « Lexique du parfait hacker » has the same name: the index says what it is, so the two titles differ (RGAA 8.6).
    page({ url: urls.glossary, title: text.glossary.title, documentTitle: `${text.glossary.title} — ${text.glossary.documentTitle}`, description: text.glossary.description }),
    page({ url: urls.risks, title: text.risks.title, description: text.risks.description }),
    page({ url: urls.criteria, title: criteriaTitle, description: withCount(text.criteria.description, criteria.length) }),
    page({ url: urls.selfCheck, title: ui.selfCheck.title, description: ui.selfCheck.description, scripts: ["/assets/js/questionnaire.js"] }),
    page({ url: urls.search, title: text.search.title, description: text.search.description, scripts: ["/assets/js/search.js"] }),
    page({ url: urls.siteMap, title: text.siteMap.title }),
    page({ url: urls.accessibility, title: text.accessibility.title, breadcrumbTitle: text.accessibility.breadcrumb }),
    page({ url: urls.privacy, title: text.privacy.title }),
    page({ url: urls.legal, title: text.legal.title }),
    page({ url: urls.openData, title: ui.openData.title, description: ui.openData.description }),
    page({ url: urls.help, title: text.help.title, description: text.help.description, breadcrumbTitle: text.help.breadcrumb }),
    page({ url: urls.notFound, title: text.notFound.title, breadcrumbs: [], inSitemap: false }),
    ...sources.fiches.map((fiche) =>
      page({
        url: fiche.url,
        title: fiche.title,
        description: fiche.summary,
        breadcrumbs: [home, { url: urls.fiches, title: text.fiches.breadcrumb }],
        scripts: ["/assets/js/print-button.js"],
        printStyles: [urls.ficheSheetCss, urls.fichePrintCss(fiche.id)],
        skipLinks: fiche.usedTerms.length > 0 ? [{ href: `#${urls.ficheIds.terms}`, label: ui.fiche.skipToTerms }] : [],
      }),
    ),
    ...sources.terms.map((term) =>
      page({
        url: term.url,
        title: term.title,
        documentTitle: `${term.title} — ${text.termKind}`,
        description: term.short,
        breadcrumbs: [home, { url: urls.glossary, title: text.glossary.breadcrumb }],
      }),
    ),
    ...sources.risks.map((risk) =>
      page({
        url: risk.url,
        title: risk.title,
        documentTitle: `${risk.title} — ${text.riskKind}`,
        breadcrumbs: [
          home,
          { url: urls.risks, title: text.risks.breadcrumb },
          ...(risk.parent ? [{ url: risk.parent.url, title: risk.parent.title }] : []),
        ],
      }),
    ),
    ...criteria.map((criterion) =>
      page({
        url: criterion.url,
        title: criterion.title,
        documentTitle: `${criterion.title} — ${text.criterionKind}`,
        breadcrumbs: [home, { url: urls.criteria, title: criteriaTitle }],
      }),
    ),
  ];
  return Object.fromEntries(pages.map((meta) => [meta.url, meta]));
}
