import { z } from "zod";
import { isoDate, list, slug, strictObject, text } from "./fields.ts";

const CRITERION_ID = /^(?:[1-9]|1[0-3])\.(?:[1-9]|1[0-4])$/;

/** RGAA criteria are named by theme and number (« 10.12 »), the way auditors and the law cite them. */
export const criterionId = z
  .string({ error: "attendu : un numéro de critère entre guillemets, par exemple \"1.1\"" })
  .regex(CRITERION_ID, { error: "attendu : un numéro de critère du RGAA, par exemple \"10.12\"" });

/** The three verdicts of the RGAA method; nothing in between, so a row never hides a doubt. */
export const auditStatuses = ["conforme", "non conforme", "non applicable"] as const;
export type AuditStatus = (typeof auditStatuses)[number];

/** `content/accessibilite/criteres.yaml`: the referential, so the grid can be checked to be complete. */
export const rgaaCriteriaSchema = strictObject({
  version: text,
  themes: list(
    strictObject({
      number: z.number({ error: "attendu : le numéro de la thématique" }).int().min(1),
      title: text,
      criteria: list(strictObject({ id: criterionId, title: text }), "critères").min(1),
    }),
    "thématiques",
  ).min(1),
});

const sitePath = text.regex(/^\/[^\s]*$/, { error: "attendu : une adresse du site commençant par « / »" });

/** `content/accessibilite/audit.yaml`: who audited, when, how, and which pages. */
export const accessibilityAuditSchema = strictObject({
  auditor: text,
  auditedOn: isoDate,
  pages: list(strictObject({ id: slug, title: text, url: sitePath }), "pages de l’échantillon").min(1),
  /** Downloadable documents checked with the pages that offer them (criterion 13.3). */
  documents: list(strictObject({ title: text, url: sitePath }), "documents").default([]),
  tools: list(text, "outils").min(1),
  /** Browsers and assistive technologies the rendering was checked with. */
  environment: list(text, "environnements de test").min(1),
});

/** One verdict: a criterion on one page of the sample, with what shows it. */
export const auditRowSchema = strictObject({
  criterion: criterionId,
  page: slug,
  status: z.enum(auditStatuses, { error: `attendu : ${auditStatuses.map((status) => `« ${status} »`).join(", ")}` }),
  /** What was checked, how, on which elements: a verdict without it cannot be reviewed. */
  evidence: text,
  /** What still needs a tool this audit did not have (a real screen reader): never silently dropped. */
  unverified: text.optional(),
});

/**
 * `content/accessibilite/grille/NN-<thématique>.yaml`: the rows of one theme. Rows are checked one by
 * one with `auditRowSchema`, so one bad row does not hide the others' mistakes.
 */
export const auditGridFileSchema = strictObject({
  theme: z.number({ error: "attendu : le numéro de la thématique" }).int().min(1),
  rows: list(z.unknown(), "lignes de la grille").min(1),
});

export type RgaaCriteria = z.output<typeof rgaaCriteriaSchema>;
export type AccessibilityAuditInfo = z.output<typeof accessibilityAuditSchema>;
export type AuditRow = z.output<typeof auditRowSchema>;

