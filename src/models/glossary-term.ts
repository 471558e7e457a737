import { z } from "zod";
import { isoDate, languageTag, list, markdown, reference, slug, strictObject, text } from "./fields.ts";

/** Categories group the « Lexique du parfait hacker » for readers who browse rather than search. */
export const glossaryCategories = {
  messagerie: "Messagerie et communication",
  donnees: "Données et vie privée",
  chiffrement: "Chiffrement et authentification",
  attaques: "Attaques et arnaques",
  "logiciels-malveillants": "Logiciels malveillants",
  protection: "Bonnes pratiques et outils de protection",
  droit: "Droit et régulation",
  reseau: "Réseau et Internet",
} as const;

export type GlossaryCategory = keyof typeof glossaryCategories;

const categoryIds = Object.keys(glossaryCategories) as [GlossaryCategory, ...GlossaryCategory[]];

const oneSentence = text.refine((value) => /[.…]$/.test(value) && !/[.!?…]\s+\p{Lu}/u.test(value), {
  error: "attendu : une seule phrase, terminée par un point",
});

/** The fields of a glossary term, before the cross-field rule below. */
export const glossaryTermFields = strictObject({
  /** From the file name. */
  id: slug,
  /** The term as shown, with its accents. */
  term: text,
  /** Only when the term itself is not French. */
  lang: languageTag.optional(),
  category: z.enum(categoryIds, {
    error: `attendu : une catégorie parmi ${categoryIds.join(", ")}`,
  }),
  /** One sentence for lists and search results. */
  short: oneSentence,
  /** Other French names in real use, shown on the term's page. */
  otherNames: list(text, "autres noms").default([]),
  /** English names, shown with lang="en". */
  englishNames: list(text, "noms anglais").default([]),
  /** Wrong names in common use (« cryptage »): shown as « terme impropre », never as a synonym. */
  improperNames: list(text, "termes impropres").default([]),
  /**
   * What readers type in search or running text says (« compte hacké »), never shown. Accents,
   * case, hyphens and plurals are derived from the names, so they are refused here.
   */
  searchSpellings: list(text, "graphies de recherche").default([]),
  /** When the facts of the entry were last checked: shown on the page, so the next editor knows what to re-check. */
  reviewed: isoDate,
  example: markdown.optional(),
  advice: markdown.optional(),
  seeAlso: list(reference("un terme du lexique"), "slugs de termes du lexique")
    .min(1, { error: "attendu : au moins un terme lié (pas de cul-de-sac)" })
    .max(8, { error: "attendu : au plus 8 termes liés" }),
  /** Help and reporting services for readers facing what the term names (`content/aide/`). */
  help: list(reference("un service d’aide"), "identifiants de services d’aide").default([]),
  /** The full definition: the Markdown body of the file. */
  body: markdown,
});

/** One entry of the glossary: `content/lexique/<id>.md`, front matter plus a Markdown body. */
export const glossaryTermSchema = glossaryTermFields.refine((term) => term.example !== undefined || term.advice !== undefined, {
  error: "attendu : un exemple (example) ou un conseil (advice), ou les deux",
  path: ["example"],
});

export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
