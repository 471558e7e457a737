import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { editorJsonSchemaFiles } from "../src/content/json-schemas.ts";
import { repoRoot } from "../src/platform/repo-root.ts";

const folder = path.join(repoRoot, "schemas");
await mkdir(folder, { recursive: true });
for (const [name, text] of editorJsonSchemaFiles()) {
  await writeFile(path.join(folder, name), text);
  console.log(`schemas/${name}`);
}
