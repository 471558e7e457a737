import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../src/platform/repo-root.ts";
import { nginxHeadersSnippet } from "../src/security/header-files.ts";

const file = path.join(repoRoot, "deploy/nginx-fiches-pratiques.conf");
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, nginxHeadersSnippet());
console.log(path.relative(repoRoot, file));
