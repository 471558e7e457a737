import { readdir } from "node:fs/promises";
import path from "node:path";

/**
 * Every HTML file of a built site, as sorted POSIX paths relative to it (« lexique/cnil/index.html »):
 * the paths Pagefind turns into result URLs. Sorted so that two builds index in the same order.
 */
export async function listHtmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
