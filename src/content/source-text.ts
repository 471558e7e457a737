import { describeForbiddenCharacter, FORBIDDEN_CHARACTERS, firstForbiddenCharacter } from "../text/control-characters.ts";
import { formatFieldPath, type ContentError } from "./content-error.ts";
import type { SourceFile } from "./source-file.ts";

export type DecodeResult = { ok: true; text: string } | { ok: false; errors: ContentError[] };

/** Beyond this many, a file's errors of one kind are summed up: one bad paste can repeat a character thousands of times. */
const MAX_REPORTED = 5;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A content file's text, refused with its line numbers when it is not UTF-8 or holds invisible
 * control characters: decoding leniently would publish « � » or a character that breaks the
 * feed's XML, and the editor could not see why.
 */
export function decodeSourceText(file: string, bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, errors: invalidUtf8Lines(file, bytes) };
  }
  const errors = forbiddenCharacterErrors(file, text);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, text };
}

/** Lines holding bytes that are not UTF-8 (a line break byte never occurs inside a UTF-8 sequence). */
function invalidUtf8Lines(file: string, bytes: Uint8Array): ContentError[] {
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  for (let index = 0; index <= bytes.length; index++) {
    if (index < bytes.length && bytes[index] !== 0x0a) continue;
    try {
      strictUtf8.decode(bytes.subarray(start, index));
    } catch {
      lines.push(line);
    }
    start = index + 1;
    line++;
  }
  return summarize(
    lines.map((badLine) => ({
      file,
      line: badLine,
      message:
        "texte illisible : le fichier n’est pas enregistré en UTF-8 ; attendu : un fichier texte en UTF-8 (dans votre éditeur : « Enregistrer avec l’encodage » → UTF-8)",
    })),
  );
}

function forbiddenCharacterErrors(file: string, text: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const match of text.matchAll(FORBIDDEN_CHARACTERS)) {
    const before = text.slice(0, match.index);
    const lineStart = before.lastIndexOf("\n") + 1;
    errors.push({
      file,
      line: countLineBreaks(before) + 1,
      column: match.index - lineStart + 1,
      message: describeForbiddenCharacter(match[0]),
    });
    if (errors.length > MAX_REPORTED) break;
  }
  return summarize(errors);
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count++;
  return count;
}

function summarize(errors: ContentError[]): ContentError[] {
  if (errors.length <= MAX_REPORTED) return errors;
  const shown = errors.slice(0, MAX_REPORTED);
  return [...shown, { file: shown[0]!.file, message: "d’autres lignes ont le même problème ; corrigez d’abord celles-ci, puis relancez" }];
}

/**
 * Forbidden characters written as YAML escapes (`"\v"`, `"\u202E"`) only exist once the file is
 * parsed: every string of the data is checked and located by its field.
 */
export function forbiddenCharactersInData(source: SourceFile): ContentError[] {
  const errors: ContentError[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        const inKey = firstForbiddenCharacter(key);
        if (inKey) report([...path, key], inKey);
        else visit(item, [...path, key]);
      }
      return;
    }
    const found = typeof value === "string" ? firstForbiddenCharacter(value) : undefined;
    if (found) report(path, found);
  };
  const report = (path: (string | number)[], character: string) => {
    const position = source.locate(path);
    errors.push({
      file: source.file,
      line: position?.line,
      column: position?.column,
      field: formatFieldPath(path),
      message: describeForbiddenCharacter(character),
    });
  };
  visit(source.data, []);
  return summarize(errors);
}
