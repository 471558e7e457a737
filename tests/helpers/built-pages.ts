import { readdir } from "node:fs/promises";
import path from "node:path";

/** Every HTML file of a built site, as absolute paths. */
export async function builtHtmlPages(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html")).map((entry) => path.join(entry.parentPath, entry.name));
}
