import { z } from "zod";
import { httpsUrl, strictObject, text } from "./fields.ts";

const PLACEHOLDER = /à compléter|a completer|à remplacer|a remplacer|todo|xxx|example\.(org|com|net)|lorem/i;

/** What scaffolded content files say until an editor writes the real text. */
export const CONTENT_PLACEHOLDER = /à compléter|a completer|à remplacer|a remplacer/i;

/** Legal pages and PDF metadata need these; a production build refuses placeholders. */
export const siteMetadataSchema = strictObject({
  name: text,
  tagline: text,
  publisher: text,
  publicationDirector: text,
  host: strictObject({ name: text, address: text, contact: text }),
  contact: strictObject({
    email: z.email({ error: "attendu : une adresse électronique, par exemple contact@example.fr" }),
    page: httpsUrl("l’adresse de la page de contact").optional(),
  }),
  baseUrl: httpsUrl("l’adresse du site publié", { origin: true }),
  licence: strictObject({ name: text, url: httpsUrl("l’adresse du texte de la licence") }),
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
