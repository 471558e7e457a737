import { cp, mkdtemp, rm, writeFile, mkdir, rename } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const minimalContentDir = path.join(repoRoot, "tests/fixtures/content-minimal");

/** A writable copy of the minimal valid content, for tests that break one thing at a time. */
export async function copyMinimalContent(): Promise<{
  root: string;
  contentDir: string;
  write(file: string, text: string | Uint8Array): Promise<void>;
  remove(file: string): Promise<void>;
  move(from: string, to: string): Promise<void>;
  cleanup(): Promise<void>;
}> {
  const root = await mkdtemp(path.join(tmpdir(), "fiches-content-"));
  const contentDir = path.join(root, "content");
  await cp(minimalContentDir, contentDir, { recursive: true });
  return {
    root,
    contentDir,
    async write(file, text) {
      await mkdir(path.dirname(path.join(contentDir, file)), { recursive: true });
      await writeFile(path.join(contentDir, file), text);
    },
    async remove(file) {
      await rm(path.join(contentDir, file));
    },
    async move(from, to) {
      await rename(path.join(contentDir, from), path.join(contentDir, to));
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** The site graph of the minimal fixture, as templates would receive it. */
export async function minimalSiteGraph() {
  const { loadContent } = await import("../../src/content/load-content.ts");
  const { buildSiteGraph } = await import("../../src/graph/site-graph.ts");
  return buildSiteGraph(await loadContent({ contentDir: minimalContentDir, rootDir: repoRoot }));
}
