import path from "node:path";
import { urls } from "../site/urls.ts";
import { nameAndSlug, writeNewFile, yamlString, type FieldToFill } from "./content-file.ts";
import type { CreatedFile } from "./new-term.ts";

export const ficheUsage = 'Indiquez le titre de la fiche entre guillemets, par exemple : npm run new:fiche -- "Réseaux sociaux"';

/** What the editor must replace in a new fiche file, in the order of the file. */
export const ficheFieldsToFill: FieldToFill[] = [
  { field: "title", hint: "le titre de la fiche (vérifiez-le)" },
  { field: "subtitle", hint: "le sous-titre" },
  { field: "summary", hint: "le résumé, en une ou deux phrases" },
  { field: "updated, version", hint: "la date de mise à jour (AAAA-MM-JJ) et la version, à changer à chaque mise à jour" },
  { field: "publisher", hint: "l’éditeur de la fiche" },
  { field: "pdf", hint: "le sujet et les mots-clés du PDF, et son nombre de pages maximal" },
  { field: "sections", hint: "le contenu de la fiche, section par section" },
];

/** Today's date as editors write it (AAAA-MM-JJ), in the machine's time zone. */
export function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The text of a new fiche file: valid as it is, with every text to replace marked « À remplacer ». */
export function ficheFileText(options: { title: string; slug: string; today: string }): string {
  const { title, slug, today } = options;
  return `# Nouvelle fiche pratique, créée par « npm run new:fiche ». Remplacez chaque texte « À remplacer »,
# puis vérifiez avec « npm run validate » et prévisualisez avec « npm start ».
# Le nom du fichier (${slug}) donne l’adresse de la fiche : ${urls.fiche(slug)}
title: ${yamlString(title)}
subtitle: ${yamlString("À remplacer par le sous-titre de la fiche")}
# Une ou deux phrases, pour la liste des fiches, la page d’accueil et les moteurs de recherche.
summary: ${yamlString("À remplacer par le résumé de la fiche.")}
# À changer à chaque mise à jour : la date (AAAA-MM-JJ) et le numéro de version, entre guillemets.
updated: ${today}
version: "1.0"
publisher: ${yamlString("À remplacer par le nom de l’éditeur")}
# Les informations du PDF : sujet, mots-clés, et nombre de pages A4 à ne pas dépasser (vérifié par les tests).
pdf:
  subject: ${yamlString("À remplacer par le sujet de la fiche, en une phrase courte")}
  keywords:
    - ${yamlString("à remplacer")}
  maxPages: 2
# Les sections, dans l’ordre de lecture. Types : heading (level 2 à 4, text), prose (markdown),
# list (items), audience (label, markdown), callout (tone: warning ou info, markdown),
# risks (items : risk, text, items), criteria (intro, items), ficheReference (text, fiche), glossary.
# Voir docs/guide-de-redaction.md et content/fiches/messagerie-instantanee.yaml.
sections:
  - type: heading
    level: 2
    text: ${yamlString("À remplacer par le premier intertitre")}
  - type: prose
    markdown: ${yamlString("À remplacer par le texte de la fiche. Le Markdown est permis : **gras**, *italique*, listes.")}
`;
}

/** Creates `fiches/<slug>.yaml` in the content folder, refusing to replace an existing fiche. */
export async function createFicheFile(options: {
  contentDir: string;
  name: string;
  today: string;
  shownAs?: (file: string) => string;
}): Promise<CreatedFile> {
  const { name, slug } = nameAndSlug(options.name, ficheUsage);
  const file = path.join(options.contentDir, "fiches", `${slug}.yaml`);
  await writeNewFile(file, ficheFileText({ title: name, slug, today: options.today }), options.shownAs?.(file) ?? file);
  return { file, slug, url: urls.fiche(slug), fieldsToFill: ficheFieldsToFill };
}
