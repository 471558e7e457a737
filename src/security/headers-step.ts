import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { BuildStep } from "../build/build-site.ts";
import { netlifyHeadersFile } from "./header-files.ts";

/** Writes `_headers` at the root of the site, for hosts that read it (Netlify, Cloudflare Pages). */
export function headersStep(): BuildStep {
  return {
    label: "En-têtes de sécurité",
    run: (stagingDir) => writeFile(path.join(stagingDir, "_headers"), netlifyHeadersFile()),
  };
}
