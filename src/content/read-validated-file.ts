import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import type { ContentError } from "./content-error.ts";
import { readSourceFile } from "./read-source-file.ts";
import type { SourceFile } from "./source-file.ts";
import { validateItem } from "./validate-item.ts";

/** What an editor meant to be a content file, and what the loader must refuse rather than skip. */
export type EntryKind = "file" | "symlink" | "directory" | "other";

/**
 * Why a path that is not a plain file or folder is refused: a symbolic link could publish a file
 * from outside the content folder (a key, a password file), and a folder named like a content
 * file would otherwise be skipped without a word.
 */
export function entryKindError(kind: EntryKind, expected: string): string | undefined {
  if (kind === "symlink") return `lien symbolique refusé : le contenu ne peut pas pointer hors de son dossier ; attendu : ${expected} (copiez le fichier ici)`;
  if (kind === "directory") return `dossier inattendu ; attendu : ${expected}`;
  if (kind === "other") return `élément inattendu (ni fichier ni dossier) ; attendu : ${expected}`;
  return undefined;
}

/**
 * One YAML file read, parsed and validated against its schema, refusing a symbolic link, with every
 * problem added to `errors`. The source comes back too, so later checks can point at its lines.
 */
export async function readValidatedFile<Schema extends z.ZodType>(
  absolute: string,
  rootDir: string,
  schema: Schema,
  expected: { missing: string; directory: string },
  errors: ContentError[],
): Promise<{ value: z.output<Schema>; source: SourceFile } | undefined> {
  const file = path.relative(rootDir, absolute).split(path.sep).join("/");
  let bytes: Uint8Array;
  try {
    if ((await lstat(absolute)).isSymbolicLink()) {
      errors.push({ file, message: entryKindError("symlink", `un vrai fichier ${path.basename(absolute)}`)! });
      return undefined;
    }
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "EISDIR") throw error;
    errors.push({
      file,
      message: code === "EISDIR" ? `dossier à la place d’un fichier ; attendu : ${expected.directory}` : `fichier manquant ; attendu : ${expected.missing}`,
    });
    return undefined;
  }
  const parsed = readSourceFile(file, bytes);
  if (!parsed.ok) {
    errors.push(...parsed.errors);
    return undefined;
  }
  const result = validateItem(schema, parsed.source, {});
  errors.push(...result.errors);
  return result.value === undefined ? undefined : { value: result.value, source: parsed.source };
}
