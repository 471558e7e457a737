import { z } from "zod";
import { httpsUrl, strictObject, text } from "./fields.ts";

const PLACEHOLDER = /à compléter|a completer|à remplacer|a remplacer|todo|xxx|example\.(org|com|net)|lorem/i;

/** What scaffolded content files say until an editor writes the real text. */
export const CONTENT_PLACEHOLDER = /à compléter|a completer|à remplacer|a remplacer/i;

/**
 * « À compléter — … » at the start of a value: what site.yaml says while the publisher is not known.
 * Fields checked for a format (a number, an address) accept it too, so development builds work; a
 * production build refuses it like every other placeholder (`placeholderFields`).
 */
const PROVISIONAL = /^\s*(?:à|a) compl[ée]ter\b/i;

/** The publisher's answer when it is on no register (an association, a person): shown as such. */
export const NOT_APPLICABLE = "non applicable";

/** A value that must have a format, or still be « À compléter — … » until the publisher gives it. */
function provisionalOr(schema: z.ZodType<string>, expected: string) {
  return z.string({ error: `attendu : ${expected}` }).superRefine((value, context) => {
    if (PROVISIONAL.test(value)) return;
    const result = schema.safeParse(value);
    if (!result.success) for (const issue of result.error.issues) context.addIssue({ code: "custom", message: issue.message });
  });
}

const PHONE_EXPECTED = "un numéro de téléphone, par exemple « 01 23 45 67 89 » ou « +33 1 23 45 67 89 »";

/** A phone number readers can dial, French or international; separators are free. */
const phone = provisionalOr(
  z.string().refine((value) => /^\+?\d{6,15}$/.test(value.replace(/[\s.\-()\u00A0\u202F]/g, "")), {
    error: `numéro non reconnu ; attendu : ${PHONE_EXPECTED}, ou « À compléter — … » tant qu’il n’est pas connu`,
  }),
  PHONE_EXPECTED,
);

const SIREN_EXPECTED = `le numéro SIREN à 9 chiffres, par exemple « 123 456 789 », ou « ${NOT_APPLICABLE} » si l’éditeur n’est inscrit à aucun registre`;

/** The SIREN, checked with its key (Luhn), or « non applicable » when the publisher says so. */
const siren = provisionalOr(
  z.string().refine((value) => value.trim().toLowerCase() === NOT_APPLICABLE || isSiren(value), {
    error: `numéro SIREN invalide (9 chiffres dont le dernier est une clé de contrôle) ; attendu : ${SIREN_EXPECTED}`,
  }),
  SIREN_EXPECTED,
);

/** Nine digits whose Luhn sum is a multiple of 10 (INSEE's check on every SIREN). */
export function isSiren(value: string): boolean {
  const digits = value.replace(/[\s\u00A0\u202F]/g, "");
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (const [index, char] of [...digits].entries()) {
    let digit = Number(char);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

const RETENTION_EXPECTED =
  "un nombre entier de jours entre 1 et 365, sans guillemets, par exemple 365 (la CNIL recommande de six mois à un an), ou « À compléter — … » tant que l’hébergeur ne l’a pas dit";

/**
 * What the law asks a publisher to show (loi n° 2004-575 du 21 juin 2004, article 1-1 since the
 * loi n° 2024-449 « SREN », formerly article 6, III), what the privacy page must say, and the
 * credit of the original fiche. Legal pages and PDF metadata need these; a production build
 * refuses placeholders.
 */
export const siteMetadataSchema = strictObject({
  name: text,
  tagline: text,
  /** Who publishes the site, also the data controller named on the privacy page. */
  publisher: strictObject({
    name: text,
    /** Association loi de 1901, SAS, établissement public… */
    legalForm: text,
    /** The registered office (siège social), or the home address of a person. */
    address: text,
    phone,
    /** Only where it applies; « non applicable » is shown only when the publisher writes it. */
    siren: siren.optional(),
    /** The register with its city, e.g. « RCS Paris », for a registered company. */
    registry: text.optional(),
    /** Share capital, for a company. */
    capital: text.optional(),
  }),
  publicationDirector: text,
  host: strictObject({ name: text, address: text, phone }),
  contact: strictObject({
    email: z.email({ error: "attendu : une adresse électronique, par exemple contact@example.fr" }),
    page: httpsUrl("l’adresse de la page de contact").optional(),
  }),
  baseUrl: httpsUrl("l’adresse du site publié", { origin: true }),
  licence: strictObject({ name: text, url: httpsUrl("l’adresse du texte de la licence") }),
  /** The original fiche the site's text comes from, credited on the legal notice. */
  source: strictObject({
    title: text,
    author: text,
    url: provisionalOr(httpsUrl("l’adresse web de la fiche d’origine"), "l’adresse web de la fiche d’origine, en https"),
    licence: text,
  }),
  privacy: strictObject({
    /** How long the server keeps its access logs, as the host is set up; shown on the privacy page. */
    serverLogRetentionDays: z.union(
      [
        z.string().regex(PROVISIONAL, { error: `attendu : ${RETENTION_EXPECTED}` }),
        z
          .number({ error: `attendu : ${RETENTION_EXPECTED}` })
          .int({ error: `attendu : ${RETENTION_EXPECTED}` })
          .min(1, { error: `attendu : ${RETENTION_EXPECTED}` })
          .max(365, { error: `durée trop longue pour de simples journaux de connexion ; attendu : ${RETENTION_EXPECTED}` }),
      ],
      { error: `attendu : ${RETENTION_EXPECTED}` },
    ),
  }),
});

export type SiteMetadata = z.output<typeof siteMetadataSchema>;

/** Paths of fields still holding a placeholder, e.g. `["publisher"]` or `["sections", 2, "markdown"]`. */
export function placeholderFields(value: unknown, pattern: RegExp = PLACEHOLDER, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return pattern.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((child, index) => placeholderFields(child, pattern, [...path, index]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => placeholderFields(child, pattern, [...path, key]));
  }
  return [];
}
