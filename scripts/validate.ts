import { ContentValidationError } from "../src/content/content-error.ts";
import { loadContent } from "../src/content/load-content.ts";
import { contentDirFromEnv, repoRoot } from "../src/content/paths.ts";

const started = performance.now();
try {
  const content = await loadContent({
    contentDir: contentDirFromEnv(),
    rootDir: repoRoot,
    production: process.env.NODE_ENV === "production",
  });
  const ms = Math.round(performance.now() - started);
  console.log(
    `Contenu valide : ${content.fiches.length} fiches, ${content.risks.length} risques, ${content.criteria.length} points clés, ${content.terms.length} termes du lexique (${ms} ms).`,
  );
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
