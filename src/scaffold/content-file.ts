import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { slugify } from "../text/slugify.ts";

/** A field of a new content file that the editor has to fill in, with what to write there. */
export interface FieldToFill {
  field: string;
  hint: string;
}

/** A scaffolding problem the editor can fix (no name, file already there); shown without a stack trace. */
export class ScaffoldError extends Error {
  override name = "ScaffoldError";
}

/**
 * The name as typed on the command line, spaces tidied, and its slug; refused with `usage` when
 * missing, or when it gives no usable file name.
 */
export function nameAndSlug(raw: string, usage: string): { name: string; slug: string } {
  const name = raw.replace(/[\s\u00A0\u202F]+/g, " ").trim();
  if (!name) throw new ScaffoldError(usage);
  const slug = slugify(name);
  if (!slug) throw new ScaffoldError(`« ${name} » ne donne aucun nom de fichier : utilisez au moins une lettre ou un chiffre.`);
  return { name, slug };
}

/**
 * A YAML string that stays one string whatever the editor typed (« : », « # », quotes): JSON's
 * double-quoted strings are valid YAML and keep accents as they are.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Slugs of the existing files of a content folder (`lexique/`, `fiches/`…), sorted. */
export async function existingSlugs(folder: string, extension: ".md" | ".yaml"): Promise<string[]> {
  try {
    const names = await readdir(folder);
    return names
      .filter((name) => name.endsWith(extension) && !name.startsWith(".") && name !== "README.md")
      .map((name) => name.slice(0, -extension.length))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Writes a new file, never over an existing one (checked and created in one step). */
export async function writeNewFile(file: string, text: string, shownAs: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new ScaffoldError(`${shownAs} existe déjà : rien n’a été modifié. Ouvrez ce fichier pour le compléter, ou choisissez un autre nom.`);
    }
    throw error;
  }
}
