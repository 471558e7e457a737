import { z } from "zod";
import { list, markdown, reference, slug, strictObject, text } from "./fields.ts";
import { icon } from "./icon.ts";

/**
 * Longest step, in characters of Markdown source: a step is read as one action, on a phone, often
 * in a hurry; past this length it is two actions and should be two steps.
 */
export const STEP_MAX_LENGTH = 200;

/**
 * One action a reader can take, in inline Markdown. Its own messages (not `text`'s) so an editor
 * reads « étape », the word the guide uses, and knows what to fix.
 */
export const step = z
  .string({ error: "attendu : une étape, une phrase à l’impératif en texte" })
  .trim()
  .min(1, { error: "étape vide ; attendu : une phrase à l’impératif, par exemple « Activez la validation en deux étapes. »", abort: true })
  .max(STEP_MAX_LENGTH, {
    error: (issue) =>
      `étape trop longue (${String((issue.input as string).length)} caractères) ; attendu : ${STEP_MAX_LENGTH} caractères au plus, ou deux étapes`,
  })
  .regex(/\.$/, { error: "attendu : une étape terminée par un point" })
  .describe("Une action, en une phrase courte à l’impératif terminée par un point (Markdown en ligne).");

/**
 * An ordered list of at least `min` steps. An empty list and a short one get different messages:
 * the first is usually a forgotten section, the second a section to complete.
 */
function steps(min: number, section: string) {
  const expected = `au moins ${min} étape${min > 1 ? "s" : ""} pour « ${section} »`;
  return z.array(step, { error: `attendu : une liste d’étapes pour « ${section} » (une ligne « - … » par étape)` }).min(min, {
    error: (issue) => {
      const count = Array.isArray(issue.input) ? issue.input.length : 0;
      return count === 0
        ? `liste vide ; attendu : ${expected}`
        : `${count} étape${count > 1 ? "s" : ""} seulement ; attendu : ${expected}`;
    },
  });
}

/**
 * A risk named by a fiche (`content/risques/<id>.yaml`). The criteria that help avoid it are our
 * editorial mapping, kept here only so the relation has one source of truth. The three step lists
 * are required because the fiche promises advice: a risk page that only describes a danger leaves
 * the reader with nothing to do.
 */
export const riskSchema = strictObject({
  /** From the file name. */
  id: slug,
  label: text,
  /** The pictogram next to its name on index pages, the fiche and its own page. */
  icon,
  description: markdown.optional(),
  subRisks: list(reference("un risque"), "identifiants de risques").default([]),
  terms: list(reference("un terme du lexique"), "slugs de termes du lexique").default([]),
  avoidedBy: list(reference("un point clé (critère)"), "identifiants de points clés").default([]),
  /** « Comment s’en protéger »: habits and settings, before anything happens. */
  protect: steps(3, "Comment s’en protéger"),
  /** « Si c’est arrivé »: limit the damage, in the order to do it. */
  ifItHappened: steps(2, "Si c’est arrivé"),
  /**
   * « Signaler et se faire aider »: actions only. Help services (numbers, sites) are their own
   * content type, linked by id, so a changed number is fixed in one place.
   */
  report: steps(1, "Signaler et se faire aider"),
  /** Help and reporting services for readers this risk has happened to (`content/aide/`). */
  help: list(reference("un service d’aide"), "identifiants de services d’aide").default([]),
});

export type RiskInput = z.input<typeof riskSchema>;
export type Risk = z.output<typeof riskSchema>;
