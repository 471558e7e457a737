import { z } from "zod";
import { strictObject, text } from "./fields.ts";

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
  contact: strictObject({ email: z.email({ error: "attendu : une adresse électronique" }), page: text.optional() }),
  baseUrl: z
    .url({ error: "attendu : une adresse web complète, par exemple https://fiches.example.fr" })
    .refine((value) => !value.endsWith("/"), { error: "attendu : une adresse sans « / » final" }),
  licence: strictObject({ name: text, url: z.url({ error: "attendu : l’adresse web du texte de la licence" }) }),
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
