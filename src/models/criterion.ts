import { z } from "zod";
import { markdown, slug, strictObject, text } from "./fields.ts";

/**
 * One of the key security points (`content/criteres/<id>.md`). Its body is the source sheet's own
 * text; the takeaway is ours. The risks it helps avoid are derived from the risks' `avoidedBy`.
 */
export const criterionSchema = strictObject({
  /** From the file name. */
  id: slug,
  order: z
    .number({ error: "attendu : un nombre entier (1, 2, 3…)" })
    .int({ error: "attendu : un nombre entier (1, 2, 3…)" })
    .min(1, { error: "attendu : un nombre entier à partir de 1" }),
  title: text,
  /** One line shown after « À vérifier : ». */
  takeaway: text,
  /**
   * The question « Ma messagerie est-elle sûre ? » asks about this point, worded so that « Oui » means
   * the app meets it (inline Markdown).
   */
  question: text.refine((value) => /\?$/.test(value), { error: "attendu : une question, terminée par « ? »" }),
  /** The Markdown body of the file. */
  body: markdown,
});

export type CriterionInput = z.input<typeof criterionSchema>;
export type Criterion = z.output<typeof criterionSchema>;
