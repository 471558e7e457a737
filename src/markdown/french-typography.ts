const NBSP = "\u00A0";
const NARROW_NBSP = "\u202F";

/**
 * French typography for text we did not type by hand: editors write plain spaces and straight
 * apostrophes, readers get guillemets and punctuation that never wrap away from their word.
 * Only existing spaces are replaced, or a space is added where French requires one; URLs, times
 * (10:30) and query strings keep their characters because those signs are not followed by a space.
 */
export function applyFrenchSpacing(text: string): string {
  return text
    .replace(/«[ \t\u00A0\u202F]*/g, `«${NBSP}`)
    .replace(/[ \t\u00A0\u202F]*»/g, `${NBSP}»`)
    .replace(/[ \t\u00A0\u202F]*([;!?])(?=[\s»)\]]|$)/g, (_m, sign: string) => `${NARROW_NBSP}${sign}`)
    .replace(/[ \t\u00A0\u202F]*:(?=[\s»)\]]|$)/g, `${NBSP}:`);
}

/** Straight apostrophes between letters become typographic ones (l'attaque → l’attaque). */
export function applyTypographicApostrophes(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, "$1’");
}

/** Full French typography for short plain strings (titles, labels) that never go through markdown-it. */
export function frenchTypography(text: string): string {
  return applyFrenchSpacing(applyTypographicApostrophes(text));
}
