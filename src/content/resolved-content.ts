import type { Criterion } from "../models/criterion.ts";
import type { Fiche, FicheSection } from "../models/fiche.ts";
import type { GlossaryTerm } from "../models/glossary-term.ts";
import type { HelpService } from "../models/help-service.ts";
import type { Risk } from "../models/risk.ts";
import type { SiteMetadata } from "../models/site-metadata.ts";
import type { ContentImage } from "./check-images.ts";
import type { AccessibilityAudit } from "./load-accessibility-audit.ts";

export type ResolvedHelpService = HelpService;

/** A glossary term whose `seeAlso` and `help` hold the terms and services themselves. */
export interface ResolvedTerm extends Omit<GlossaryTerm, "seeAlso" | "help"> {
  seeAlso: ResolvedTerm[];
  help: ResolvedHelpService[];
}

export type ResolvedCriterion = Criterion;

/** A risk whose references are the risks, terms, criteria and help services themselves. */
export interface ResolvedRisk extends Omit<Risk, "subRisks" | "terms" | "avoidedBy" | "help"> {
  subRisks: ResolvedRisk[];
  terms: ResolvedTerm[];
  avoidedBy: ResolvedCriterion[];
  help: ResolvedHelpService[];
}

/** A risk as a fiche words it, pointing at the risk itself. */
export interface ResolvedRiskReference {
  risk: ResolvedRisk;
  text?: string | undefined;
  items: ResolvedRiskReference[];
}

export type ResolvedSection =
  | Exclude<FicheSection, { type: "risks" | "criteria" | "ficheReference" }>
  | { type: "risks"; items: ResolvedRiskReference[] }
  | { type: "criteria"; intro: string; items: ResolvedCriterion[] }
  | { type: "ficheReference"; text: string; fiche: ResolvedFiche };

export interface ResolvedFiche extends Omit<Fiche, "sections"> {
  sections: ResolvedSection[];
}

/**
 * Every content item, validated, with each reference replaced by the item it names: what the site
 * graph is built from. Nothing after the loader looks an identifier up again.
 */
export interface Content {
  site: SiteMetadata;
  fiches: ResolvedFiche[];
  risks: ResolvedRisk[];
  criteria: ResolvedCriterion[];
  terms: ResolvedTerm[];
  helpServices: ResolvedHelpService[];
  /** Images of `content/images/` that some text shows, checked to exist. */
  images: ContentImage[];
  /** The RGAA audit of `content/accessibilite/`; absent while the site has not been audited. */
  accessibilityAudit?: AccessibilityAudit | undefined;
}
