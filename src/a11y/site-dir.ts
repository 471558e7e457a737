import { access } from "node:fs/promises";
import { commandSettings } from "../platform/command-settings.ts";

/** The built site that the e2e and accessibility suites check: `_site/`, or FICHES_SITE_DIR. */
export async function builtSiteDir(): Promise<string> {
  const dir = commandSettings().siteDir;
  try {
    await access(`${dir}/sitemap.xml`);
  } catch {
    throw new Error(`Aucun site construit dans ${dir} : lancez d’abord « npm run build ».`);
  }
  return dir;
}
