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
    .replace(SPACES_BEFORE_CLOSING_GUILLEMET, `${NBSP}»`)
    .replace(SPACES_BEFORE_HIGH_PUNCTUATION, (_m, sign: string) => `${NARROW_NBSP}${sign}`)
    .replace(SPACES_BEFORE_COLON, `${NBSP}:`);
}

/**
 * Optional spaces, then `sign`. The look-behind lets a match start only where a run of spaces
 * starts: tried from inside a long run, the pattern would read the rest of it again each time.
 */
function spacesThen(sign: RegExp): RegExp {
  return new RegExp(`(?<![ \\t\\u00A0\\u202F])[ \\t\\u00A0\\u202F]*${sign.source}`, "g");
}

const SPACES_BEFORE_CLOSING_GUILLEMET = spacesThen(/»/);
const SPACES_BEFORE_HIGH_PUNCTUATION = spacesThen(/([;!?])(?=[\s»)\]]|$)/);
const SPACES_BEFORE_COLON = spacesThen(/:(?=[\s»)\]]|$)/);

/** Straight apostrophes between letters become typographic ones (l'attaque → l’attaque). */
export function applyTypographicApostrophes(text: string): string {
  return text.replace(/(\p{L})'(?=\p{L})/gu, "$1’");
}

/** Full French typography for short plain strings (titles, labels) that never go through markdown-it. */
export function frenchTypography(text: string): string {
  return applyFrenchSpacing(applyTypographicApostrophes(text));
}
