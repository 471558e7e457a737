import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

export interface PageWeight {
  page: string;
  /** HTML plus every stylesheet it links, each compressed with brotli as a server would send it. */
  htmlCssBrotliBytes: number;
  /** Scripts the page loads before any search (`<script src>` in the HTML). */
  scriptBytes: number;
  scripts: string[];
}

function brotliSize(data: Buffer | string): number {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** What a first visit to `page` costs a reader on a slow phone, measured on the built files. */
export async function measurePageWeight(siteDir: string, page: string): Promise<PageWeight> {
  const file = path.join(siteDir, page.endsWith("/") ? `${page}index.html` : page);
  const html = await readFile(file, "utf8");
  let total = brotliSize(html);
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
    total += brotliSize(await readFile(path.join(siteDir, href!)));
  }
  const scripts = [...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((match) => match[1]!);
  let scriptBytes = 0;
  for (const script of scripts) scriptBytes += brotliSize(await readFile(path.join(siteDir, script)));
  return { page, htmlCssBrotliBytes: total, scriptBytes, scripts };
}
