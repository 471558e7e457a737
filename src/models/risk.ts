import { z } from "zod";
import { list, markdown, reference, slug, strictObject, text } from "./fields.ts";

/**
 * A risk named by a fiche (`content/risques/<id>.yaml`). The criteria that help avoid it are our
 * editorial mapping, kept here only so the relation has one source of truth.
 */
export const riskSchema = strictObject({
  /** From the file name. */
  id: slug,
  label: text,
  description: markdown.optional(),
  subRisks: list(reference("un risque"), "identifiants de risques").default([]),
  terms: list(reference("un terme du lexique"), "slugs de termes du lexique").default([]),
  avoidedBy: list(reference("un point clé (critère)"), "identifiants de points clés").default([]),
  /** Help and reporting services for readers this risk has happened to (`content/aide/`). */
  help: list(reference("un service d’aide"), "identifiants de services d’aide").default([]),
});

export type RiskInput = z.input<typeof riskSchema>;
export type Risk = z.output<typeof riskSchema>;
