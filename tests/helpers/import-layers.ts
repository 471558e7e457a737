import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * The stages of `src/`, lowest first. A folder may import its own files and folders of a lower
 * rank only: the flow runs one way (content → graph → pages, search, PDFs, open data → build).
 */
export const LAYERS: Readonly<Record<string, number>> = {
  text: 0,
  /** Above text: the UI tables get French spacing from src/text/french-typography.ts. */
  site: 1,
  platform: 0,
  security: 0,
  files: 0,
  compression: 0,
  models: 1,
  markdown: 1,
  server: 1,
  content: 2,
  graph: 3,
  "open-data": 4,
  search: 4,
  pdf: 4,
  eleventy: 5,
  pages: 6,
  build: 7,
  bench: 8,
  scaffold: 8,
  a11y: 8,
  screenshots: 8,
};

export interface ImportEdge {
  file: string;
  from: string;
  to: string;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The `src/` folder a path under `src/` belongs to (`graph` for `src/graph/terms.ts`). */
function stageOf(relative: string): string {
  return relative.split("/")[0] ?? "";
}

/** Every relative import between two different folders of `src/`. */
export async function crossFolderImports(srcDir: string): Promise<ImportEdge[]> {
  const edges: ImportEdge[] = [];
  for (const entry of await readdir(srcDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|js|mjs)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const from = stageOf(path.relative(srcDir, file));
    for (const match of (await readFile(file, "utf8")).matchAll(IMPORT)) {
      const target = path.relative(srcDir, path.resolve(path.dirname(file), match[1] ?? match[2]!));
      const to = stageOf(target);
      if (to !== from) edges.push({ file: path.relative(srcDir, file), from, to });
    }
  }
  return edges;
}

/** Imports that run sideways or upward, or touch a folder with no rank, as « file: from → to ». */
export function layerViolations(edges: readonly ImportEdge[], layers: Readonly<Record<string, number>> = LAYERS): string[] {
  return edges
    .filter(({ from, to }) => layers[from] === undefined || layers[to] === undefined || layers[to]! >= layers[from]!)
    .map(({ file, from, to }) => `${file}: ${from} → ${to}`);
}
