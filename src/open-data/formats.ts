import { z } from "zod";

/**
 * The published open-data format: one zod schema per file, from which the JSON Schemas next to the
 * files are generated. Descriptions are for reusers, in French like the site.
 */

const absoluteUrl = z.url().describe("Adresse web complète.");
const html = z.string().describe("Fragment HTML produit par le site depuis le Markdown du contenu (liens absolus, aucun script).");
/** Advice as reusers can print or read it aloud: plain text, in order, with French typography. */
const steps = (part: string) =>
  z.array(z.string()).describe(`Conseils de la rédaction, partie ${part} : une étape par élément, dans l’ordre, en texte brut.`);
const ids = (what: string) => z.array(z.string()).describe(`Identifiants ${what}.`);

export const licenceSchema = z.strictObject({
  name: z.string().describe("Nom de la licence."),
  url: absoluteUrl.describe("Texte de la licence."),
});

export const ficheItemSchema = z.strictObject({
  id: z.string().describe("Identifiant de la fiche (nom de son fichier)."),
  title: z.string(),
  subtitle: z.string(),
  summary: z.string(),
  url: absoluteUrl.describe("Page web de la fiche."),
  pdfUrl: absoluteUrl.describe("La fiche au format PDF."),
  updated: z.iso.date().describe("Date de la dernière mise à jour (AAAA-MM-JJ)."),
  version: z.string(),
  publisher: z.string(),
  keywords: z.array(z.string()),
  contents: z
    .array(
      z.strictObject({
        text: z.string(),
        url: absoluteUrl,
        children: z.array(z.strictObject({ text: z.string(), url: absoluteUrl })),
      }),
    )
    .describe("Sommaire : intertitres de la fiche, avec l’adresse de chacun."),
  risks: ids("des risques cités, dans l’ordre de la fiche (voir risques.json)"),
  criteria: ids("des points clés présentés (voir criteres.json)"),
  terms: ids("des termes du lexique employés (voir lexique.json)"),
});

export const termItemSchema = z.strictObject({
  id: z.string().describe("Identifiant du terme (nom de son fichier)."),
  term: z.string().describe("Le terme, avec ses accents."),
  lang: z.string().nullable().describe("Langue du terme s’il n’est pas français (code BCP 47), sinon null."),
  url: absoluteUrl.describe("Page web du terme."),
  category: z.strictObject({ id: z.string(), label: z.string() }),
  short: z.string().describe("Définition en une phrase, en texte brut."),
  definitionHtml: html,
  exampleHtml: html.nullable(),
  adviceHtml: html.nullable(),
  otherNames: z.array(z.string()).describe("Autres noms français en usage."),
  englishNames: z.array(z.string()).describe("Noms anglais."),
  improperNames: z.array(z.string()).describe("Termes impropres mais répandus (« cryptage »), à éviter."),
  searchSpellings: z.array(z.string()).describe("Graphies utiles à la recherche, jamais affichées (sans les variantes d’accents, de casse ou de pluriel, que le site déduit)."),
  reviewed: z.string().describe("Date de la dernière vérification des faits de la définition (AAAA-MM-JJ)."),
  seeAlso: ids("des termes liés"),
  help: ids("des services d’aide proposés (voir aide.json)"),
  risks: ids("des risques liés (voir risques.json)"),
  fiches: ids("des fiches qui emploient le terme (voir fiches.json)"),
});

export const riskItemSchema = z.strictObject({
  id: z.string().describe("Identifiant du risque (nom de son fichier)."),
  label: z.string(),
  url: absoluteUrl.describe("Page web du risque."),
  descriptionHtml: html.nullable(),
  protect: steps("« Comment s’en protéger »"),
  ifItHappened: steps("« Si c’est arrivé »"),
  report: steps("« Signaler et se faire aider » (des actions ; aucun service d’aide n’y est nommé)"),
  parent: z.string().nullable().describe("Identifiant du risque dont celui-ci fait partie, sinon null."),
  subRisks: ids("des sous-risques"),
  criteria: ids("des points clés qui aident à l’éviter (correspondance proposée par la rédaction)"),
  terms: ids("des termes du lexique pour le comprendre"),
  fiches: ids("des fiches qui en parlent"),
  help: ids("des services d’aide proposés (voir aide.json)"),
});

export const criterionItemSchema = z.strictObject({
  id: z.string().describe("Identifiant du point clé (nom de son fichier)."),
  order: z.number().int().min(1).describe("Rang du point clé (1, 2, 3…)."),
  title: z.string(),
  url: absoluteUrl.describe("Page web du point clé."),
  bodyHtml: html,
  takeaway: z.string().describe("Ce qu’il faut vérifier (suite de « À vérifier : »), en texte brut."),
  questions: z
    .array(z.string())
    .describe("Les questions posées par « Ma messagerie est-elle sûre ? », en texte brut ; le point est respecté si la réponse à chacune est « Oui »."),
  howToCheck: z
    .array(z.string())
    .describe("Conseils de la rédaction, « Comment vérifier dans votre application » : où regarder, un élément par ligne, en texte brut."),
  risks: ids("des risques qu’il aide à éviter"),
  terms: ids("des termes du lexique qu’il nomme"),
});

const phoneSchema = z
  .strictObject({
    number: z.string().regex(/^\d+$/).describe("Le numéro, chiffres seuls (pour un lien tel: ou sms:)."),
    display: z.string().describe("Le numéro tel qu’il s’écrit en France, chiffres groupés."),
  })
  .nullable();

export const helpServiceItemSchema = z.strictObject({
  id: z.string().describe("Identifiant du service (nom de son fichier)."),
  name: z.string(),
  url: absoluteUrl.describe("Fiche du service sur la page « Obtenir de l’aide »."),
  purpose: z.string().describe("À quoi sert le service, en texte brut."),
  notFor: z.string().nullable().describe("Ce à quoi il ne sert pas, sinon null."),
  audience: z.string().describe("À qui il s’adresse."),
  situations: z.array(z.strictObject({ id: z.string(), label: z.string() })).describe("Situations où il aide, dans l’ordre de la page."),
  contact: z.strictObject({
    phone: phoneSchema.describe("Numéro à appeler, sinon null."),
    sms: phoneSchema.describe("Numéro où envoyer un SMS, sinon null."),
    web: z.url().nullable().describe("Site du service ou page officielle qui l’explique (https), sinon null."),
  }),
  cost: z.string().nullable(),
  hours: z.string().nullable(),
  checked: z.iso.date().describe("Date à laquelle les informations ont été vérifiées (AAAA-MM-JJ)."),
  sources: z.array(z.url()).describe("Pages officielles qui confirment les informations."),
  risks: ids("des risques qui renvoient vers ce service (voir risques.json)"),
  terms: ids("des termes du lexique qui renvoient vers ce service (voir lexique.json)"),
});

/** The files: the name is the file name under /api/. */
export const openDataItemSchemas = {
  fiches: ficheItemSchema,
  lexique: termItemSchema,
  risques: riskItemSchema,
  criteres: criterionItemSchema,
  aide: helpServiceItemSchema,
} as const;

export type OpenDataName = keyof typeof openDataItemSchemas;
export const openDataNames = Object.keys(openDataItemSchemas) as OpenDataName[];

/** Every file has the same envelope: what it is, who publishes it, under which licence, then the items. */
export function openDataFileSchema<Name extends OpenDataName>(name: Name) {
  return z.strictObject({
    $schema: absoluteUrl.describe("Le schéma JSON de ce fichier."),
    title: z.string(),
    description: z.string(),
    publisher: z.string(),
    licence: licenceSchema,
    source: absoluteUrl.describe("La page du site qui présente ces contenus."),
    count: z.number().int().min(0).describe("Nombre d’éléments de « items »."),
    items: z.array(openDataItemSchemas[name]),
  });
}

export type FicheItem = z.output<typeof ficheItemSchema>;
export type TermItem = z.output<typeof termItemSchema>;
export type RiskItem = z.output<typeof riskItemSchema>;
export type CriterionItem = z.output<typeof criterionItemSchema>;
export type HelpServiceItem = z.output<typeof helpServiceItemSchema>;
export type OpenDataFile<Name extends OpenDataName> = z.output<ReturnType<typeof openDataFileSchema<Name>>>;
