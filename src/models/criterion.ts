import { z } from "zod";
import { markdown, slug, strictObject, text } from "./fields.ts";
import { icon } from "./icon.ts";

/** Most lines or questions per key point: past three, a reader stops checking and starts skimming. */
export const CRITERION_LIST_MAX = 3;

/**
 * Longest « Comment vérifier » line, in characters of Markdown source: read on a phone with the app
 * open next to it; past this length it is two places to look and should be two lines.
 */
export const CHECK_LINE_MAX_LENGTH = 200;

/**
 * A bounded list with its own messages: an editor reads the section's name and whether to add or
 * remove items, instead of zod's generic « too small / too big ».
 */
function boundedList<Item extends z.ZodType>(item: Item, noun: { one: string; many: string }, section: string) {
  const expected = `1 à ${CRITERION_LIST_MAX} ${noun.many} pour « ${section} »`;
  const plural = (count: number) => `${count} ${count > 1 ? noun.many : noun.one}`;
  return z
    .array(item, { error: `attendu : une liste de ${expected} (une ligne « - … » par élément)` })
    .min(1, { error: `liste vide ; attendu : ${expected}` })
    .max(CRITERION_LIST_MAX, {
      error: (issue) => `${plural(Array.isArray(issue.input) ? issue.input.length : 0)}, c’est trop ; attendu : ${expected}`,
    });
}

/** One place a reader looks in the app, its store page or its policy (inline Markdown). */
const checkLine = z
  .string({ error: "attendu : une ligne, une phrase courte en texte" })
  .trim()
  .min(1, { error: "ligne vide ; attendu : une phrase courte qui dit où regarder, par exemple « Ouvrez les réglages de confidentialité. »", abort: true })
  .max(CHECK_LINE_MAX_LENGTH, {
    error: (issue) =>
      `ligne trop longue (${String((issue.input as string).length)} caractères) ; attendu : ${CHECK_LINE_MAX_LENGTH} caractères au plus, ou deux lignes`,
  })
  .regex(/\.$/, { error: "attendu : une ligne terminée par un point" })
  .describe("Où regarder dans l’application, en une phrase courte terminée par un point (Markdown en ligne).");

/**
 * One self-check question: « Oui » must mean the app meets the point, so a reader who does not
 * know answers « Je ne sais pas » instead of a reassuring « Oui ».
 */
const question = z
  .string({ error: "attendu : une question en texte" })
  .trim()
  .min(1, { error: "question vide ; attendu : une question sur l’application, terminée par « ? »", abort: true })
  .regex(/\?$/, { error: "attendu : une question, terminée par « ? »" })
  .describe("Une question sur l’application, terminée par « ? » ; « Oui » veut dire que le point est respecté (Markdown en ligne).");

/**
 * One of the key security points (`content/criteres/<id>.md`). Its body is the source sheet's own
 * text; the takeaway, the questions and how to check are ours. The risks it helps avoid are
 * derived from the risks' `avoidedBy`.
 */
export const criterionSchema = strictObject({
  /** From the file name. */
  id: slug,
  order: z
    .number({ error: "attendu : un nombre entier (1, 2, 3…)" })
    .int({ error: "attendu : un nombre entier (1, 2, 3…)" })
    .min(1, { error: "attendu : un nombre entier à partir de 1" }),
  title: text,
  /** The pictogram next to its title on index pages, the fiche and its own page. */
  icon,
  /** One line shown after « À vérifier : ». */
  takeaway: text,
  /**
   * What « Ma messagerie est-elle sûre ? » asks about this point, one idea per question, so a
   * combined question cannot hide a « Non » behind a « Oui ».
   */
  questions: boundedList(question, { one: "question", many: "questions" }, "Ma messagerie est-elle sûre ?"),
  /**
   * « Comment vérifier dans votre application »: where to look, so a reader can answer the
   * questions from facts rather than from the app's reputation.
   */
  howToCheck: boundedList(checkLine, { one: "ligne", many: "lignes" }, "Comment vérifier dans votre application"),
  /** The Markdown body of the file. */
  body: markdown,
});

export type CriterionInput = z.input<typeof criterionSchema>;
export type Criterion = z.output<typeof criterionSchema>;
