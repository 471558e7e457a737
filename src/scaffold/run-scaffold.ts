import path from "node:path";
import { ContentValidationError } from "../content/content-error.ts";
import { loadContent } from "../content/load-content.ts";
import { commandSettings } from "../platform/command-settings.ts";
import { repoRoot } from "../platform/repo-root.ts";
import { ScaffoldError } from "./content-file.ts";
import { createFicheFile, localIsoDate } from "./new-fiche.ts";
import { createTermFile, type CreatedFile } from "./new-term.ts";

export interface ScaffoldOptions {
  /** Where the lines for the editor go (the console by default). */
  output?: { log: (line: string) => void; error: (line: string) => void };
  /** The content folder: FICHES_CONTENT_DIR, or content/. */
  contentDir?: string;
  /** A new fiche's update date (AAAA-MM-JJ): today by default. */
  today?: string;
}

interface Kind {
  label: string;
  create(options: { contentDir: string; name: string; today: string; shownAs: (file: string) => string }): Promise<CreatedFile>;
}

const kinds = {
  term: { label: "Terme du lexique créé", create: createTermFile },
  fiche: { label: "Fiche créée", create: createFicheFile },
} satisfies Record<string, Kind>;

/**
 * `npm run new:term -- "Nom"` and `npm run new:fiche -- "Titre"`: creates the file in the content
 * folder, tells the editor, in French, what to fill in, then checks that all content is still valid
 * (a new name may clash with another term's variant). Returns the exit code.
 */
export async function runScaffold(kind: keyof typeof kinds, args: string[], options: ScaffoldOptions = {}): Promise<number> {
  const output = options.output ?? console;
  const contentDir = options.contentDir ?? commandSettings().contentDir;
  const shownAs = (file: string) => path.relative(repoRoot, file).split(path.sep).join("/");
  let created: CreatedFile;
  try {
    created = await kinds[kind].create({ contentDir, name: args.join(" "), today: options.today ?? localIsoDate(new Date()), shownAs });
  } catch (error) {
    if (error instanceof ScaffoldError) {
      output.error(error.message);
      return 1;
    }
    throw error;
  }
  output.log(`${kinds[kind].label} : ${shownAs(created.file)} (page ${created.url})`);
  output.log("À remplir dans ce fichier (chaque texte « À remplacer ») :");
  for (const { field, hint } of created.fieldsToFill) output.log(`  - ${field} : ${hint} ;`);
  output.log("Ensuite : « npm run validate » pour vérifier, « npm start » pour voir la page.");
  try {
    await loadContent({ contentDir, rootDir: repoRoot });
  } catch (error) {
    if (error instanceof ContentValidationError) {
      output.error("Attention : le fichier est créé, mais le contenu ne passe plus la validation. À corriger :");
      output.error(error.message);
      return 1;
    }
    throw error;
  }
  output.log("Le contenu reste valide.");
  return 0;
}
