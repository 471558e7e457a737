/**
 * The key under which two spellings count as the same word for readers: case, accents,
 * apostrophe style and spacing ignored (« Hameçonnage » = « hameconnage »).
 */
export function normalizeForComparison(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, " ")
    .trim();
}
