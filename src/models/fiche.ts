import { z } from "zod";
import { isoDate, list, markdown, reference, slug, strictObject, text } from "./fields.ts";

/** A list item is a line of inline Markdown, or a line with nested items. */
export type ListItem = string | { text: string; items: ListItem[] };

const listItem: z.ZodType<ListItem> = z.lazy(() =>
  z.union([text, strictObject({ text, items: list(listItem, "éléments").min(1) })], {
    error: "attendu : un texte, ou un objet { text, items } pour un élément avec une sous-liste",
  }),
);

/** A risk as the fiche words it; `text` keeps the sheet's own wording and punctuation. */
export type RiskReference = { risk: string; text?: string | undefined; items: RiskReference[] };

const riskReference: z.ZodType<RiskReference, unknown> = z.lazy(() =>
  strictObject({
    risk: reference("un risque"),
    text: text.optional(),
    items: list(riskReference, "risques").default([]),
  }),
) as z.ZodType<RiskReference, unknown>;

const headingSection = strictObject({
  type: z.literal("heading"),
  /** 2 to 4: the page title is the only level 1. */
  level: z.union([z.literal(2), z.literal(3), z.literal(4)], { error: "attendu : un niveau de titre 2, 3 ou 4" }),
  text,
});

const proseSection = strictObject({ type: z.literal("prose"), markdown });

const listSection = strictObject({
  type: z.literal("list"),
  items: list(listItem, "éléments").min(1, { error: "attendu : au moins un élément" }),
});

/** « Pour les salariés : … » — a paragraph addressed to one audience. */
const audienceSection = strictObject({ type: z.literal("audience"), label: text, markdown });

/** « Attention toutefois … » */
const calloutSection = strictObject({
  type: z.literal("callout"),
  tone: z.enum(["warning", "info"], { error: "attendu : « warning » ou « info »" }),
  markdown,
});

const risksSection = strictObject({
  type: z.literal("risks"),
  items: list(riskReference, "risques").min(1, { error: "attendu : au moins un risque" }),
});

/** « Les 6 points clés … »: criteria numbered in the order given. */
const criteriaSection = strictObject({
  type: z.literal("criteria"),
  intro: text,
  items: list(reference("un point clé (critère)"), "identifiants de points clés").min(1, { error: "attendu : au moins un point clé" }),
});

/** « voir la fiche pratique « Lexique du parfait hacker » »: the title comes from the target fiche. */
const ficheReferenceSection = strictObject({
  type: z.literal("ficheReference"),
  text,
  fiche: reference("une fiche"),
});

/** The whole glossary, A–Z, with full definitions (the « Lexique » fiche). */
const glossarySection = strictObject({ type: z.literal("glossary") });

export const sectionTypes = [
  "heading",
  "prose",
  "list",
  "audience",
  "callout",
  "risks",
  "criteria",
  "ficheReference",
  "glossary",
] as const;

export const ficheSectionSchema = z.discriminatedUnion(
  "type",
  [
    headingSection,
    proseSection,
    listSection,
    audienceSection,
    calloutSection,
    risksSection,
    criteriaSection,
    ficheReferenceSection,
    glossarySection,
  ],
  { error: `attendu : une section dont le type est l’un de ${sectionTypes.join(", ")}` },
);

/** A fiche pratique (`content/fiches/<id>.yaml`): metadata and the ordered sections of the sheet. */
export const ficheSchema = strictObject({
  /** From the file name. */
  id: slug,
  title: text,
  subtitle: text,
  summary: text,
  updated: isoDate,
  version: z
    .string({ error: "attendu : un numéro de version entre guillemets, par exemple \"1.0\"" })
    .regex(/^\d+(?:\.\d+){0,2}$/, { error: "attendu : un numéro de version, par exemple \"1.0\"" }),
  publisher: text,
  pdf: strictObject({
    subject: text,
    keywords: list(text, "mots-clés").min(1, { error: "attendu : au moins un mot-clé" }),
    /** The printed sheet must fit in this many A4 pages: the build refuses a longer PDF (src/pdf/page-limit.ts). */
    maxPages: z
      .number({ error: "attendu : un nombre entier de pages" })
      .int({ error: "attendu : un nombre entier de pages" })
      .min(1, { error: "attendu : au moins 1 page" }),
  }),
  sections: list(ficheSectionSchema, "sections").min(1, { error: "attendu : au moins une section" }),
});

export type FicheInput = z.input<typeof ficheSchema>;
export type Fiche = z.output<typeof ficheSchema>;
export type FicheSection = z.output<typeof ficheSectionSchema>;
