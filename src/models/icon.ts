import { z } from "zod";

/**
 * The pictograms a risk or a key point can show, by the name of what they draw (their drawings are
 * in src/site/icons.ts). An editor picks one; a new pictogram needs a drawing first.
 */
export const iconIds = [
  "base-de-donnees",
  "bouclier",
  "cadenas",
  "cadenas-ouvert",
  "carte-identite",
  "code",
  "document",
  "etiquette-prix",
  "fichier-emporte",
  "goutte",
  "hamecon",
  "insecte",
  "nuage",
  "oeil",
  "repere",
] as const;

export type IconId = (typeof iconIds)[number];

/** The `icon` field: one of the known pictograms, named in the message so an editor can pick one. */
export const icon = z
  .enum(iconIds, { error: `attendu : un pictogramme parmi ${iconIds.join(", ")}` })
  .describe("Pictogramme affiché à côté du titre (liste des pictogrammes : docs/guide-de-redaction.md).");
