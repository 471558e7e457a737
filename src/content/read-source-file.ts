import { parseSourceFile, type ParseResult } from "./source-file.ts";
import { decodeSourceText, forbiddenCharactersInData } from "./source-text.ts";

/**
 * Bytes on disk to located data, refusing on the way what no page should ever show: text that is
 * not UTF-8, invisible control characters (typed or written as YAML escapes) and YAML tricks.
 */
export function readSourceFile(file: string, bytes: Uint8Array): ParseResult {
  const decoded = decodeSourceText(file, bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseSourceFile(file, decoded.text);
  if (!parsed.ok) return parsed;
  const errors = forbiddenCharactersInData(parsed.source);
  return errors.length > 0 ? { ok: false, errors } : parsed;
}
