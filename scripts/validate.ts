import { ContentValidationError } from "../src/content/content-error.ts";
import { loadContent } from "../src/content/load-content.ts";
import { commandSettings } from "../src/platform/command-settings.ts";
import { repoRoot } from "../src/platform/repo-root.ts";

const started = performance.now();
const settings = commandSettings();
try {
  const content = await loadContent({ contentDir: settings.contentDir, rootDir: repoRoot, production: settings.production });
  const ms = Math.round(performance.now() - started);
  console.log(
    `Contenu valide : ${content.fiches.length} fiches, ${content.risks.length} risques, ${content.criteria.length} points clés, ${content.terms.length} termes du lexique, ${content.helpServices.length} services d’aide (${ms} ms).`,
  );
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
