import type { CriterionView, FicheView, HelpServiceView, RiskView, SiteGraph, TermView } from "../graph/site-graph.ts";
import { urls } from "../site/urls.ts";
import { ui } from "../site/ui-strings.ts";
import { absoluteLinks, absoluteUrl } from "../site/absolute-url.ts";
import { withFrenchSpacing } from "../text/french-typography.ts";
import { formatFrenchPhoneNumber } from "../text/phone-number.ts";
import type { CriterionItem, FicheItem, HelpServiceItem, OpenDataFile, OpenDataName, RiskItem, TermItem } from "./formats.ts";

/*
 * The graph links everything both ways (a term's risks list the term again), so nothing here
 * serializes a view as is: every relation is written as the ids it points to.
 */

/** The page that presents each file's contents to readers. */
const sourcePages: Record<OpenDataName, string> = {
  fiches: urls.fiches,
  lexique: urls.glossary,
  risques: urls.risks,
  criteres: urls.criteria,
  aide: urls.help,
};

export function serializeFiche(fiche: FicheView, graph: SiteGraph): FicheItem {
  const base = graph.site.baseUrl;
  const anchor = (id: string) => absoluteUrl(`${fiche.url}#${id}`, base);
  const criteria = fiche.sections.flatMap((section) => (section.type === "criteria" ? section.items.map((item) => item.criterion.id) : []));
  return {
    id: fiche.id,
    title: fiche.title,
    subtitle: fiche.subtitle,
    summary: fiche.summary,
    url: absoluteUrl(fiche.url, base),
    pdfUrl: absoluteUrl(fiche.pdf.url, base),
    updated: fiche.updated,
    version: fiche.version,
    publisher: fiche.publisher,
    keywords: [...fiche.pdf.keywords],
    contents: fiche.toc.map((entry) => ({
      text: entry.text,
      url: anchor(entry.id),
      children: entry.children.map((child) => ({ text: child.text, url: anchor(child.id) })),
    })),
    risks: fiche.risks.map((risk) => risk.id),
    criteria: [...new Set(criteria)],
    terms: fiche.usedTerms.map((term) => term.id),
  };
}

export function serializeTerm(term: TermView, graph: SiteGraph): TermItem {
  const base = graph.site.baseUrl;
  return {
    id: term.id,
    term: term.title,
    lang: term.lang ?? null,
    url: absoluteUrl(term.url, base),
    category: { id: term.category.id, label: term.category.label },
    short: term.short,
    definitionHtml: absoluteLinks(term.bodyHtml, base),
    exampleHtml: term.exampleHtml ? absoluteLinks(term.exampleHtml, base) : null,
    adviceHtml: term.adviceHtml ? absoluteLinks(term.adviceHtml, base) : null,
    otherNames: [...term.otherNames],
    englishNames: [...term.englishNames],
    improperNames: [...term.improperNames],
    searchSpellings: [...term.searchSpellings],
    reviewed: term.reviewed.iso,
    seeAlso: term.seeAlso.map((other) => other.id),
    help: term.help.map((service) => service.id),
    risks: term.risks.map((risk) => risk.id),
    fiches: term.fiches.map((fiche) => fiche.id),
  };
}

export function serializeRisk(risk: RiskView, graph: SiteGraph): RiskItem {
  const base = graph.site.baseUrl;
  return {
    id: risk.id,
    label: risk.title,
    url: absoluteUrl(risk.url, base),
    descriptionHtml: risk.descriptionHtml ? absoluteLinks(risk.descriptionHtml, base) : null,
    protect: risk.protect.map((step) => step.text),
    ifItHappened: risk.ifItHappened.map((step) => step.text),
    report: risk.report.map((step) => step.text),
    parent: risk.parent?.id ?? null,
    subRisks: risk.subRisks.map((child) => child.id),
    criteria: risk.criteria.map((criterion) => criterion.id),
    terms: risk.terms.map((term) => term.id),
    fiches: risk.fiches.map((fiche) => fiche.id),
    help: risk.help.map((service) => service.id),
  };
}

export function serializeCriterion(criterion: CriterionView, graph: SiteGraph): CriterionItem {
  const base = graph.site.baseUrl;
  return {
    id: criterion.id,
    order: criterion.order,
    title: criterion.title,
    url: absoluteUrl(criterion.url, base),
    bodyHtml: absoluteLinks(criterion.bodyHtml, base),
    takeaway: criterion.takeaway,
    questions: criterion.questions.map((question) => question.text),
    howToCheck: criterion.howToCheck.map((line) => line.text),
    risks: criterion.risks.map((risk) => risk.id),
    terms: criterion.terms.map((term) => term.id),
  };
}

export function serializeHelpService(service: HelpServiceView, graph: SiteGraph): HelpServiceItem {
  const number = (kind: "phone" | "sms") => {
    const link = service.contacts.find((contact) => contact.kind === kind);
    if (!link) return null;
    const digits = link.href.slice(link.href.indexOf(":") + 1);
    return { number: digits, display: formatFrenchPhoneNumber(digits) };
  };
  return {
    id: service.id,
    name: service.title,
    url: absoluteUrl(service.url, graph.site.baseUrl),
    purpose: service.purpose,
    notFor: service.notFor ?? null,
    audience: service.audience,
    situations: service.situations.map((situation) => ({ ...situation })),
    contact: {
      phone: number("phone"),
      sms: number("sms"),
      web: service.contacts.find((contact) => contact.kind === "web")?.href ?? null,
    },
    cost: service.cost ?? null,
    hours: service.hours ?? null,
    checked: service.checked,
    sources: service.sources.map((source) => source.url),
    risks: service.risks.map((risk) => risk.id),
    terms: service.terms.map((term) => term.id),
  };
}

function items<Name extends OpenDataName>(name: Name, graph: SiteGraph): OpenDataFile<Name>["items"] {
  switch (name) {
    case "fiches":
      return graph.fiches.map((fiche) => serializeFiche(fiche, graph)) as OpenDataFile<Name>["items"];
    case "lexique":
      return graph.terms.map((term) => serializeTerm(term, graph)) as OpenDataFile<Name>["items"];
    case "risques":
      return graph.risks.map((risk) => serializeRisk(risk, graph)) as OpenDataFile<Name>["items"];
    case "criteres":
      return graph.criteria.map((criterion) => serializeCriterion(criterion, graph)) as OpenDataFile<Name>["items"];
    case "aide":
      return graph.helpServices.map((service) => serializeHelpService(service, graph)) as OpenDataFile<Name>["items"];
  }
  throw new Error(`Fichier de données ouvertes inconnu : ${String(name)}`);
}

/**
 * One open-data file (`/api/<name>.json`): the envelope with licence and source, then the items.
 * Its texts get French spacing as the pages do; ids, URLs, dates and numbers are left as they are.
 */
export function openDataFile<Name extends OpenDataName>(name: Name, graph: SiteGraph): OpenDataFile<Name> {
  const list = items(name, graph);
  const { title, description } = ui.openData.datasets[name];
  return withFrenchSpacing({
    $schema: absoluteUrl(urls.openDataSchema(name), graph.site.baseUrl),
    title,
    description,
    publisher: graph.site.publisher.name,
    licence: { name: graph.site.licence.name, url: graph.site.licence.url },
    source: absoluteUrl(sourcePages[name], graph.site.baseUrl),
    count: list.length,
    items: list,
  } as OpenDataFile<Name>);
}
