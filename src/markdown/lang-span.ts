import type { MarkdownIt } from "markdown-it";
import type { StateInline } from "markdown-it";

const LANG = "[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}";

/**
 * Sticky, and the inner text excludes « [ »: the rule is tried at every « [ » of a text, and each
 * try must read only up to the next bracket, or a line of brackets would take quadratic time.
 */
const LANG_SPAN = new RegExp(String.raw`\[([^[\]\n]+)\]\{lang=(${LANG})\}`, "y");

/**
 * A short quotation, `[texte]{q}`. Sticky too; its inner text excludes brackets except whole
 * language spans (`[Regarde ce [reel]{lang=en} !]{q}`), whose own text has no bracket. A try
 * therefore reads up to the first bracket that does not open a whole language span, and a try
 * started inside that stretch can only be at a language span, where it stops at the span's « ] »:
 * still linear (see tests/unit/markdown/linear-time.test.ts).
 */
const QUOTE = new RegExp(String.raw`\[((?:[^[\]\n]|\[[^[\]\n]+\]\{lang=${LANG}\})+)\]\{q\}`, "y");

interface Marker {
  pattern: RegExp;
  name: string;
  tag: string;
  /** The attributes of the opening tag, from the pattern's match. */
  attributes: (match: RegExpExecArray) => [string, string][];
}

const markers: Marker[] = [
  { pattern: QUOTE, name: "quote_span", tag: "q", attributes: () => [] },
  { pattern: LANG_SPAN, name: "lang_span", tag: "span", attributes: (match) => [["lang", match[2] ?? ""]] },
];

/**
 * `[phishing]{lang=en}` marks a foreign word so screen readers switch pronunciation (RGAA 8.7), and
 * `[Paie, ou tout le monde verra ça.]{q}` a short quotation (RGAA 9.4: `<q>`, whose guillemets come from
 * the stylesheet), without letting editors write raw HTML. The inner text is still Markdown.
 */
export function langSpanPlugin(md: MarkdownIt): void {
  for (const marker of markers) {
    md.inline.ruler.before("link", marker.name, (state: StateInline, silent: boolean) => {
      if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
      marker.pattern.lastIndex = state.pos;
      const match = marker.pattern.exec(state.src);
      if (!match || match.index + match[0].length > state.posMax) return false;
      const [whole, inner = ""] = match;
      if (!silent) {
        const open = state.push(`${marker.name}_open`, marker.tag, 1);
        for (const [name, value] of marker.attributes(match)) open.attrSet(name, value);
        const oldPos = state.pos;
        const oldMax = state.posMax;
        state.pos = oldPos + 1;
        state.posMax = oldPos + 1 + inner.length;
        state.md.inline.tokenize(state);
        state.pos = oldPos;
        state.posMax = oldMax;
        state.push(`${marker.name}_close`, marker.tag, -1);
      }
      state.pos += whole.length;
      return true;
    });
  }
}
