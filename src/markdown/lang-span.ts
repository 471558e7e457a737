import type { MarkdownIt } from "markdown-it";
import type { StateInline } from "markdown-it";

const LANG_SPAN = /^\[([^\]\n]+)\]\{lang=([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\}/;

/**
 * `[phishing]{lang=en}` marks a foreign word so screen readers switch pronunciation (RGAA 8.7),
 * without letting editors write raw HTML.
 */
export function langSpanPlugin(md: MarkdownIt): void {
  md.inline.ruler.before("link", "lang_span", (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
    const match = LANG_SPAN.exec(state.src.slice(state.pos));
    if (!match) return false;
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
