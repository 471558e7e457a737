import { escapeForTerminal } from "../text/control-characters.ts";

/** One problem in the editors' content, precise enough to fix without reading code. */
export interface ContentError {
  /** Path relative to the repository root, e.g. `content/lexique/hameconnage.md`. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Field path as editors see it, e.g. `seeAlso[1]` or `sections[3].items[0].risk`. */
  field?: string | undefined;
  /** The value found, when there is one. */
  found?: unknown;
  /** What is wrong or expected, in French. */
  message: string;
}

/** Thrown once with every error of a run, so editors fix them all in one go. */
export class ContentValidationError extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(formatContentErrors(errors));
    this.name = "ContentValidationError";
    this.errors = errors;
  }
}

/** A path like ["sections", 3, "items", 0] written as `sections[3].items[0]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`))
    .join("");
}

function formatFound(found: unknown): string {
  if (typeof found === "string") {
    const shown = found.length > 60 ? `${found.slice(0, 57)}…` : found;
    return `« ${shown} »`;
  }
  if (found === null) return "une valeur vide";
  if (typeof found === "number" || typeof found === "boolean") return String(found);
  if (Array.isArray(found)) return "une liste";
  if (typeof found === "object") return "un ensemble de champs";
  return String(found);
}

/**
 * `fichier:ligne:colonne — champ « x » : valeur trouvée … ; attendu : …`, with control characters
 * shown as `⟨U+001B⟩`: the value found is the editor's text, and may hold terminal escape codes.
 */
export function formatContentError(error: ContentError): string {
  const where = [error.file, error.line, error.column].filter((part) => part !== undefined).join(":");
  const field = error.field ? ` — champ « ${error.field} »` : "";
  const found = error.found !== undefined ? ` : valeur trouvée ${formatFound(error.found)} ;` : " :";
  return escapeForTerminal(`${where}${field}${found} ${error.message}`).replace(/[\n\t]/g, " ");
}

/** All errors, sorted by file then line, with a count editors can track. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const sorted = [...errors].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const title =
    sorted.length === 1
      ? "Le contenu contient 1 erreur. Rien n’a été publié."
      : `Le contenu contient ${sorted.length} erreurs. Rien n’a été publié.`;
  return [title, ...sorted.map((error) => `  ✗ ${formatContentError(error)}`)].join("\n");
}
