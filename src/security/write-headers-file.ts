import { writeFile } from "node:fs/promises";
import path from "node:path";
import { netlifyHeadersFile } from "./header-files.ts";

/** Writes `_headers` at the root of the site, for hosts that read it (Netlify, Cloudflare Pages). */
export async function writeHeadersFile(siteDir: string): Promise<void> {
  await writeFile(path.join(siteDir, "_headers"), netlifyHeadersFile());
}
