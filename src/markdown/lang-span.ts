import type { MarkdownIt } from "markdown-it";
import type { StateInline } from "markdown-it";

/**
 * Sticky, and the inner text excludes « [ »: the rule is tried at every « [ » of a text, and each
 * try must read only up to the next bracket, or a line of brackets would take quadratic time.
 */
const LANG_SPAN = /\[([^[\]\n]+)\]\{lang=([a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4})\}/y;

/**
 * `[phishing]{lang=en}` marks a foreign word so screen readers switch pronunciation (RGAA 8.7),
 * without letting editors write raw HTML.
 */
export function langSpanPlugin(md: MarkdownIt): void {
  md.inline.ruler.before("link", "lang_span", (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
    LANG_SPAN.lastIndex = state.pos;
    const match = LANG_SPAN.exec(state.src);
    if (!match || match.index + match[0].length > state.posMax) return false;
    const [whole, inner = "", lang = ""] = match;
    if (!silent) {
      const open = state.push("lang_span_open", "span", 1);
      open.attrSet("lang", lang);
      const oldPos = state.pos;
      const oldMax = state.posMax;
      state.pos = oldPos + 1;
      state.posMax = oldPos + 1 + inner.length;
      state.md.inline.tokenize(state);
      state.pos = oldPos;
      state.posMax = oldMax;
      state.push("lang_span_close", "span", -1);
    }
    state.pos += whole.length;
    return true;
  });
}
