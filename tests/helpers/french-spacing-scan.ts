/**
 * Finds the ordinary spaces (U+0020 or a line break) a reader would see where French typography
 * wants a no-break one: before « : ; ! ? » and « » », after « « ». The site applies the rule once
 * (src/text/french-typography.ts); this scan is the safety net over what was really built.
 */

import { decodeEntities } from "./html-entities.ts";

/** Ordinary spaces, then a sign that French keeps on the same line as the word before it. */
const SPACE_BEFORE = /[ \t\r\n]+[:;!?»]/g;
/** An opening guillemet, then ordinary spaces. */
const SPACE_AFTER = /«[ \t\r\n]+/g;

/** One place where the text breaks the rule: `context` is the text around it, spaces made visible. */
export interface SpacingViolation {
  readonly where: string;
  readonly context: string;
}

/** Makes the offending spaces visible in a report: « ␣ » for a space, « ⏎ » for a line break. */
function showSpaces(text: string): string {
  return text.replace(/ /g, "␣").replace(/\r?\n/g, "⏎").replace(/\t/g, "⇥");
}

/** Every ordinary space in `text` that French typography wants no-break, with the text around it. */
export function spacingViolations(text: string, where: string): SpacingViolation[] {
  const found: SpacingViolation[] = [];
  for (const pattern of [SPACE_BEFORE, SPACE_AFTER]) {
    for (const match of text.matchAll(pattern)) {
      const start = Math.max(0, match.index - 30);
      const end = Math.min(text.length, match.index + match[0].length + 30);
      found.push({ where, context: showSpaces(text.slice(start, end).replace(/\s{2,}/g, (run) => (run.includes("\n") ? "\n" : " "))) });
    }
  }
  return found;
}

/** Elements whose content is not prose a reader sees as French text. */
const SKIPPED = new Set(["script", "style", "code", "pre", "template", "svg", "math", "kbd", "samp", "textarea"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Elements that flow inside a line: text on both sides of them is read as one run. */
const PHRASING = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u", "del", "ins", "code", "kbd", "samp", "img", "wbr"]);
/** Attributes people see or hear; `value` only on buttons (below), `content` only for the description. */
const VISIBLE_ATTRIBUTES = ["title", "alt", "aria-label", "placeholder"];

/** Stands for content left out (code, English text): not a space, so it never hides or makes a violation. */
const LEFT_OUT = "\u0000";

interface OpenElement {
  readonly name: string;
  readonly skipped: boolean;
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/\s([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

/** The text of an attribute a reader sees or hears on this element, if any. */
function visibleAttributeTexts(name: string, attributes: Map<string, string>): string[] {
  const texts = VISIBLE_ATTRIBUTES.flatMap((attribute) => (attributes.has(attribute) ? [attributes.get(attribute)!] : []));
  if (name === "input" && ["submit", "button", "reset"].includes(attributes.get("type") ?? "") && attributes.has("value")) texts.push(attributes.get("value")!);
  if (name === "meta" && attributes.get("name") === "description" && attributes.has("content")) texts.push(attributes.get("content")!);
  return texts;
}

/**
 * The runs of text a reader sees on a page, in order: text nodes outside script, style, code and
 * pre, outside elements in another language than French (lang="en"), joined across inline elements
 * and split at block boundaries (where whitespace does not show), plus the visible attributes.
 */
export function visibleTexts(html: string): string[] {
  const runs: string[] = [];
  let current = "";
  const stack: OpenElement[] = [];
  const skipping = () => stack.length > 0 && stack[stack.length - 1]!.skipped;
  const endRun = () => {
    const run = current.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
    if (run.replace(new RegExp(LEFT_OUT, "g"), "").length > 0) runs.push(run);
    current = "";
  };
  const tokens = /<!--[\s\S]*?-->|<![^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
  for (const token of html.matchAll(tokens)) {
    const text = token[0];
    if (text.startsWith("<!")) continue;
    const name = token[1]?.toLowerCase();
    if (name === undefined) {
      if (skipping()) continue;
      current += decodeEntities(text);
      continue;
    }
    const closing = text.startsWith("</");
    if (closing) {
      const index = stack.map((element) => element.name).lastIndexOf(name);
      if (index === -1) continue;
      const wasSkipped = skipping();
      stack.length = index;
      if (!PHRASING.has(name)) endRun();
      else if (wasSkipped && !skipping()) current += LEFT_OUT;
      continue;
    }
    const attributes = attributesOf(token[2] ?? "");
    const lang = attributes.get("lang");
    const skipped = skipping() || SKIPPED.has(name) || (lang !== undefined && !/^fr\b/i.test(lang));
    if (!skipped) runs.push(...visibleAttributeTexts(name, attributes));
    if (!PHRASING.has(name)) endRun();
    else if (skipped && !skipping()) current += LEFT_OUT;
    if (!VOID.has(name) && !text.endsWith("/>")) stack.push({ name, skipped });
  }
  endRun();
  return runs;
}

/** Every violation in the visible text of one HTML page or fragment. */
export function htmlSpacingViolations(html: string, where: string): SpacingViolation[] {
  return visibleTexts(html).flatMap((text) => spacingViolations(text.replace(new RegExp(LEFT_OUT, "g"), "…"), where));
}
