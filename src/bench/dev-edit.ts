import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { spawnTsx } from "./child-process.ts";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("aucun port libre"))));
    });
  });
}

async function pageText(url: string): Promise<string> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : "";
  } catch {
    return "";
  }
}

async function waitFor(url: string, expected: string, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if ((await pageText(url)).includes(expected)) return performance.now() - started;
    await sleep(10);
  }
  throw new Error(`« ${expected} » n’est pas apparu sur ${url} en ${timeoutMs} ms`);
}

/**
 * Starts the dev server (`scripts/serve.ts`, as `npm start` does) on a copy of a content folder,
 * then adds a sentence to one glossary term's definition `edits` times and measures, for each edit, the
 * time until the server answers with the new text: what an editor waits for before the browser reloads.
 */
export async function measureDevEdit(contentDir: string, termId: string, edits: number): Promise<number[]> {
  const work = await mkdtemp(path.join(tmpdir(), "fiches-dev-edit-"));
  const content = path.join(work, "content");
  await cp(contentDir, content, { recursive: true });
  const port = await freePort();
  const server = spawnTsx("scripts/serve.ts", { FICHES_CONTENT_DIR: content, FICHES_SITE_DIR: path.join(work, "_site"), PORT: String(port) }, "ignore");
  const url = `http://127.0.0.1:${port}/lexique/${termId}/`;
  const file = path.join(content, "lexique", `${termId}.md`);
  try {
    const original = await readFile(file, "utf8");
    await waitFor(url, "<html", 60_000);
    const durations: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `Modification numéro ${edit} du banc d’essai.`;
      await sleep(300);
      const started = performance.now();
      await writeFile(file, `${original.trimEnd()}\n\n${marker}\n`);
      await waitFor(url, marker, 30_000);
      durations.push(performance.now() - started);
    }
    return durations;
  } finally {
    server.kill("SIGTERM");
    await rm(work, { recursive: true, force: true });
  }
}
