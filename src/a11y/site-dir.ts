import { access } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../platform/repo-root.ts";

/** The built site that the e2e and accessibility suites check: `_site/`, or FICHES_SITE_DIR. */
export async function builtSiteDir(): Promise<string> {
  const dir = path.resolve(repoRoot, process.env.FICHES_SITE_DIR ?? "_site");
  try {
    await access(path.join(dir, "sitemap.xml"));
  } catch {
    throw new Error(`Aucun site construit dans ${dir} : lancez d’abord « npm run build ».`);
  }
  return dir;
}
