import type { z } from "zod";
import { formatFieldPath, type ContentError } from "./content-error.ts";
import type { SourceFile } from "./source-file.ts";

/** A validated item together with where it came from, so later checks can point at its lines. */
export interface Located<T> {
  value: T;
  source: SourceFile;
}

/** The value at a path of the raw data, to show editors what was found. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/**
 * Validates one file's data against its schema. `injected` holds fields the loader derives from the
 * file (its id from the file name, its Markdown body), which editors must not write themselves.
 */
export function validateItem<Schema extends z.ZodType>(
  schema: Schema,
  source: SourceFile,
  injected: Record<string, unknown>,
): { value?: z.output<Schema>; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const raw = source.data;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return {
      errors: [{ file: source.file, line: 1, column: 1, message: "attendu : un ensemble de champs « clé: valeur »" }],
    };
  }
  for (const key of Object.keys(injected)) {
    if (key in raw) {
      const position = source.locate([key]);
      errors.push({
        file: source.file,
        line: position?.line,
        column: position?.column,
        field: key,
        message:
          key === "body"
            ? "clé interdite : le texte se place après l’en-tête, pas dans un champ « body »"
            : `clé interdite : « ${key} » vient du nom du fichier`,
      });
    }
  }
  const data = { ...raw, ...injected };
  const result = schema.safeParse(data);
  if (result.success && errors.length === 0) return { value: result.data, errors };
  for (const issue of result.success ? [] : result.error.issues) {
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
    const fromFileName = path.length === 1 && path[0] === "id" && "id" in injected;
    const fromBody = path.length === 1 && path[0] === "body" && "body" in injected;
    const position = fromFileName
      ? undefined
      : fromBody
        ? source.bodyPosition
        : source.locate(path);
    const found = issue.code === "unrecognized_keys" ? undefined : valueAt(data, issue.path);
    const missing = (issue.code === "invalid_type" || issue.code === "invalid_value") && found === undefined;
    errors.push({
      file: source.file,
      line: position?.line,
      column: position?.column,
      field: fromFileName ? `${String(path[0])} (nom du fichier)` : formatFieldPath(path),
      found,
      message: missing ? `champ obligatoire manquant ; ${issue.message}` : fromBody && found === "" ? "texte vide ; attendu : un texte après l’en-tête" : issue.message,
    });
  }
  return { errors };
}
