/*
 * French typography, one rule for everything the site shows: a no-break space (U+00A0) before « : »
 * and inside « », a narrow one (U+202F) before « ; ! ? ». Markdown gets it through its plugin, the UI
 * tables, feed and open data through `withFrenchSpacing`, built pages through `applyFrenchSpacingToHtml`.
 */
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

/** Elements whose text is not French prose: code, scripts, styles; and any element in another language. */
const NOT_PROSE = new Set(["script", "style", "code", "pre", "kbd", "samp", "textarea", "template", "svg", "math"]);
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Where a tag starts: « <p », « </p ». Tags end at the next « > » (built HTML escapes it in attribute values). */
const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;
/** The signs the rule spaces: a text node without any is left as it is, without further work. */
const SPACED_SIGN = /[«»:;!?]/;
/** Entities are set aside as private-use characters; a text that has its own (an icon font) is left alone. */
const PRIVATE_USE = /[\uE000-\uF8FF]/;
const PRIVATE_USE_ALL = /[\uE000-\uF8FF]/g;
const SPACE_ENTITIES: Record<string, string> = { "&nbsp;": NBSP, "&#160;": NBSP, "&#xa0;": NBSP, "&#8239;": NARROW_NBSP, "&#x202f;": NARROW_NBSP };

/**
 * French spacing for the text of an HTML page or fragment: every text node outside code, scripts
 * and styles, and outside elements in another language (`lang="en"`: English puts no space before
 * a colon). Tags and attributes are left as they are, so URLs and query strings cannot change.
 */
export function applyFrenchSpacingToHtml(html: string): string {
  const open: { name: string; prose: boolean }[] = [];
  const inProse = () => open.length === 0 || open[open.length - 1]!.prose;
  const parts: string[] = [];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    const text = html.slice(at, lt === -1 ? html.length : lt);
    if (text) parts.push(SPACED_SIGN.test(text) && inProse() ? spaceText(text) : text);
    if (lt === -1) break;
    // A comment or a declaration is copied whole; a « < » that starts no tag is text (the scan moves one sign on).
    const declaration = html.startsWith("<!", lt);
    TAG_START.lastIndex = lt;
    const tag = declaration ? null : TAG_START.exec(html);
    if (!declaration && !tag) {
      parts.push("<");
      at = lt + 1;
      continue;
    }
    const comment = declaration && html.startsWith("<!--", lt);
    const end = comment ? html.indexOf("-->", lt + 4) : html.indexOf(">", lt + 1);
    const stop = end === -1 ? html.length : end + (comment ? 3 : 1);
    parts.push(html.slice(lt, stop));
    at = stop;
    if (tag) track(open, tag[2]!.toLowerCase(), tag[1] === "/", html.slice(lt, stop), inProse());
  }
  return parts.join("");
}

/** Opens or closes an element on the stack of open elements, marking whether its text is French prose. */
function track(open: { name: string; prose: boolean }[], name: string, closing: boolean, tag: string, parentIsProse: boolean): void {
  if (closing) {
    let index = open.length - 1;
    while (index >= 0 && open[index]!.name !== name) index--;
    if (index !== -1) open.length = index;
  } else if (!VOID_ELEMENTS.has(name) && !tag.endsWith("/>")) {
    const lang = tag.includes("lang") ? /\slang\s*=\s*["']?([^"'\s>]*)/i.exec(tag)?.[1] : undefined;
    open.push({ name, prose: parentIsProse && !NOT_PROSE.has(name) && (lang === undefined || /^fr\b/i.test(lang)) });
  }
}

/**
 * Spacing for escaped HTML text: entities stand aside (`&amp;` must not read as a semicolon),
 * no-break spaces count as spaces. Text that already follows the rule is returned as written.
 */
function spaceText(text: string): string {
  if (PRIVATE_USE.test(text)) return text;
  const entities: string[] = [];
  const masked = text.replace(/&(?:#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (entity) => {
    const space = SPACE_ENTITIES[entity.toLowerCase()];
    if (space !== undefined) return space;
    entities.push(entity);
    return String.fromCharCode(0xe000 + entities.length - 1);
  });
  const spaced = applyFrenchSpacing(masked);
  return spaced === masked ? text : spaced.replace(PRIVATE_USE_ALL, (mark) => entities[mark.charCodeAt(0) - 0xe000] ?? mark);
}

/**
 * Keys whose strings machines read, never changed: ids, URLs, dates, versions, values sent by forms,
 * MIME types, code samples, and English names (English puts no space before a colon).
 */
const MACHINE_KEY = /^(?:id|ids|url|urls|href|lang|value|filter|slot|code|type|format|updated|checked|version|goodAnswer|\$schema|\$id)$|(?:Url|Urls|Id|Ids)$|^english/;

/** A URL or a site path alone (`https://…`, `mailto:…`, `/lexique/`), whatever its key: never text to space. */
const LINK = /^(?:[a-z][a-z0-9+.-]*:|\/)\S*$/i;

/**
 * A copy of a table of texts (UI strings, a JSON file, a feed) with French spacing in every string
 * people read: strings under a machine-read key stay as they are (see `MACHINE_KEY`, or `isMachineKey`),
 * strings under a key ending in `Html` are treated as HTML. Functions and other values are kept.
 */
export function withFrenchSpacing<T>(value: T, isMachineKey: (key: string) => boolean = (key) => MACHINE_KEY.test(key)): T {
  const visit = (item: unknown, key: string): unknown => {
    if (typeof item === "string") {
      if (isMachineKey(key) || LINK.test(item)) return item;
      return key.endsWith("Html") ? applyFrenchSpacingToHtml(item) : applyFrenchSpacing(item);
    }
    if (Array.isArray(item)) return item.map((element) => visit(element, key));
    if (item !== null && typeof item === "object" && Object.getPrototypeOf(item) === Object.prototype) {
      return Object.fromEntries(Object.entries(item).map(([name, field]) => [name, visit(field, name)]));
    }
    return item;
  };
  return visit(value, "") as T;
}
