import type { Criterion } from "../models/criterion.ts";
import type { Fiche, FicheSection, RiskReference } from "../models/fiche.ts";
import type { GlossaryTerm } from "../models/glossary-term.ts";
import type { HelpService } from "../models/help-service.ts";
import type { Risk } from "../models/risk.ts";
import type {
  ResolvedCriterion,
  ResolvedFiche,
  ResolvedHelpService,
  ResolvedRisk,
  ResolvedRiskReference,
  ResolvedSection,
  ResolvedTerm,
} from "./resolved-content.ts";

export interface ContentToLink {
  fiches: Fiche[];
  risks: Risk[];
  criteria: Criterion[];
  terms: GlossaryTerm[];
  helpServices: HelpService[];
}

/** Raised only if linking meets an id the checks let through: a bug in the checks, not in content. */
export class UncheckedReferenceError extends Error {
  override name = "UncheckedReferenceError";
}

function lookup<T>(items: ReadonlyMap<string, T>, kind: string): (id: string) => T {
  return (id) => {
    const item = items.get(id);
    if (item === undefined) throw new UncheckedReferenceError(`Référence non vérifiée : ${kind} « ${id} ».`);
    return item;
  };
}

/**
 * Replaces every id by the item it names, in content that `checkReferences` found valid. Items are
 * created first and filled after, so cycles (terms that see each other, fiches that cite each
 * other) link to the same objects.
 */
export function linkReferences(content: ContentToLink): {
  fiches: ResolvedFiche[];
  risks: ResolvedRisk[];
  criteria: ResolvedCriterion[];
  terms: ResolvedTerm[];
  helpServices: ResolvedHelpService[];
} {
  const helpServices = content.helpServices.map((service) => ({ ...service }));
  const helpService = lookup(new Map(helpServices.map((item) => [item.id, item])), "service d’aide");

  const criteria = content.criteria.map((criterion) => ({ ...criterion }));
  const criterion = lookup(new Map(criteria.map((item) => [item.id, item])), "point clé");

  const terms: ResolvedTerm[] = content.terms.map((term) => ({ ...term, seeAlso: [], help: term.help.map(helpService) }));
  const term = lookup(new Map(terms.map((item) => [item.id, item])), "terme");
  content.terms.forEach((source, index) => terms[index]!.seeAlso.push(...source.seeAlso.map(term)));

  const risks: ResolvedRisk[] = content.risks.map((risk) => ({
    ...risk,
    subRisks: [],
    terms: risk.terms.map(term),
    avoidedBy: risk.avoidedBy.map(criterion),
    help: risk.help.map(helpService),
  }));
  const risk = lookup(new Map(risks.map((item) => [item.id, item])), "risque");
  content.risks.forEach((source, index) => risks[index]!.subRisks.push(...source.subRisks.map(risk)));

  const fiches: ResolvedFiche[] = content.fiches.map((fiche) => ({ ...fiche, sections: [] }));
  const fiche = lookup(new Map(fiches.map((item) => [item.id, item])), "fiche");
  const linkRisk = (reference: RiskReference): ResolvedRiskReference => ({
    risk: risk(reference.risk),
    text: reference.text,
    items: reference.items.map(linkRisk),
  });
  const linkSection = (section: FicheSection): ResolvedSection => {
    switch (section.type) {
      case "risks":
        return { type: "risks", items: section.items.map(linkRisk) };
      case "criteria":
        return { type: "criteria", intro: section.intro, items: section.items.map(criterion) };
      case "ficheReference":
        return { type: "ficheReference", text: section.text, fiche: fiche(section.fiche) };
      default:
        return section;
    }
  };
  content.fiches.forEach((source, index) => fiches[index]!.sections.push(...source.sections.map(linkSection)));
  return { fiches, risks, criteria, terms, helpServices };
}
