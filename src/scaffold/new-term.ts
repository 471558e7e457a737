import path from "node:path";
import { glossaryCategories, type GlossaryCategory } from "../models/glossary-term.ts";
import { urls } from "../site/urls.ts";
import { existingSlugs, nameAndSlug, ScaffoldError, writeNewFile, yamlString, type FieldToFill } from "./content-file.ts";

export const termUsage = 'Indiquez le terme entre guillemets, par exemple : npm run new:term -- "Rançongiciel"';

/** The category a new term starts with: valid, and listed with the others in a comment to choose from. */
export const defaultTermCategory: GlossaryCategory = "protection";

/** What the editor must replace in a new term file, in the order of the file. */
export const termFieldsToFill: FieldToFill[] = [
  { field: "term", hint: "le terme tel qu’il s’affiche, avec ses accents (vérifiez-le)" },
  { field: "category", hint: `la catégorie, parmi ${Object.keys(glossaryCategories).join(", ")}` },
  { field: "short", hint: "une définition en une seule phrase, terminée par un point" },
  { field: "otherNames, englishNames, improperNames, searchSpellings", hint: "les autres noms, les noms anglais, les termes impropres et les graphies de recherche (facultatif)" },
  { field: "reviewed", hint: "la date où vous avez vérifié les faits de la définition" },
  { field: "advice ou example", hint: "un conseil pratique et/ou un exemple concret (au moins l’un des deux)" },
  { field: "seeAlso", hint: "de 1 à 8 termes liés : noms de fichiers de content/lexique/, sans « .md »" },
  { field: "texte après l’en-tête", hint: "la définition complète, en un à trois courts paragraphes" },
];

/** The text of a new term file: valid as it is, with every text to replace marked « À remplacer ». */
export function termFileText(options: { name: string; slug: string; seeAlso: string; today: string }): string {
  const { name, slug, seeAlso, today } = options;
  const categories = Object.keys(glossaryCategories).join(", ");
  return `---
# Nouveau terme du lexique, créé par « npm run new:term ». Remplacez chaque texte « À remplacer »,
# puis vérifiez avec « npm run validate ». Le nom du fichier (${slug}) est l’identifiant du terme :
# sa page sera ${urls.term(slug)}
term: ${yamlString(name)}
# Une catégorie parmi : ${categories}.
category: ${defaultTermCategory}
# Une seule phrase, terminée par un point.
short: ${yamlString(`À remplacer par une définition de « ${name} » en une phrase.`)}
# Facultatif, affichés sur la page : autres noms français en usage, noms anglais, termes impropres.
# Les variantes d’accents, de casse, de traits d’union ou de pluriel sont trouvées seules : ne les écrivez pas.
otherNames: []
englishNames: []
improperNames: []
# Facultatif, jamais affiché : ce que les lecteurs tapent dans la recherche (« compte hacké »).
searchSpellings: []
# La date où les faits de la définition ont été vérifiés (à changer à chaque vérification).
reviewed: ${today}
# Au moins l’un des deux : un exemple (example) ou un conseil (advice). Pour ajouter un exemple :
# example: Un exemple concret, en une ou deux phrases.
advice: ${yamlString("À remplacer par un conseil pratique.")}
# De 1 à 8 termes liés : noms de fichiers de content/lexique/, sans « .md ».
seeAlso: [${seeAlso}]
---
À remplacer par la définition complète de « ${name} », en un à trois courts paragraphes. Un mot anglais s’écrit [phishing]{lang=en}.
`;
}

export interface CreatedFile {
  /** Absolute path of the new file. */
  file: string;
  slug: string;
  url: string;
  fieldsToFill: FieldToFill[];
}

/** Creates `lexique/<slug>.md` in the content folder, refusing to replace an existing term. */
export async function createTermFile(options: { contentDir: string; name: string; shownAs?: (file: string) => string }): Promise<CreatedFile> {
  const { name, slug } = nameAndSlug(options.name, termUsage);
  const folder = path.join(options.contentDir, "lexique");
  const others = (await existingSlugs(folder, ".md")).filter((other) => other !== slug);
  const seeAlso = others[0];
  if (!seeAlso) {
    throw new ScaffoldError("Le lexique est vide : un terme doit renvoyer vers au moins un autre terme (seeAlso). Créez d’abord un terme à la main.");
  }
  const file = path.join(folder, `${slug}.md`);
  await writeNewFile(file, termFileText({ name, slug, seeAlso, today: new Date().toISOString().slice(0, 10) }), options.shownAs?.(file) ?? file);
  return { file, slug, url: urls.term(slug), fieldsToFill: termFieldsToFill };
}
