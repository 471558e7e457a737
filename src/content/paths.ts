import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, whatever folder a command is started from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where editors' files live, unless a test or the benchmark points elsewhere. */
export function contentDirFromEnv(): string {
  return path.resolve(repoRoot, process.env.FICHES_CONTENT_DIR ?? "content");
}
