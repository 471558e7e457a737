import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, whatever folder a command is started from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
