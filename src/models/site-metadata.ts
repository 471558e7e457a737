import { z } from "zod";
import { strictObject, text } from "./fields.ts";

const PLACEHOLDER = /à compléter|a completer|todo|xxx|example\.(org|com|net)|lorem/i;

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

/** Paths of fields still holding a placeholder, e.g. `publisher` or `host.address`. */
export function placeholderFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return PLACEHOLDER.test(value) ? [path.join(".")] : [];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => placeholderFields(child, [...path, key]));
  }
  return [];
}
