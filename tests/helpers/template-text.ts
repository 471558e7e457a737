/**
 * Finds words typed in a Nunjucks template, where readers would see them: every visible string
 * belongs in src/site/ (one place to review wording), templates only place it.
 */

import { decodeEntities } from "./html-entities.ts";

export interface TypedText {
  line: number;
  /** `text`, or the attribute the words are in (`aria-label`). */
  where: string;
  text: string;
}

/** Attributes whose value is read or shown to people: labels, tooltips, alternatives, shown values. */
const VISIBLE_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-placeholder",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "alt",
  "placeholder",
  "label",
  "value",
  "content",
]);

/** `<meta>` settings for browsers, whose `content` nobody reads (the description is read, and checked). */
const TECHNICAL_META = new Set(["viewport", "color-scheme", "referrer", "robots", "theme-color", "format-detection", "generator"]);

/** Front matter routes and lays out a page; a title or text there would escape src/site/. */
const FRONT_MATTER_KEYS = new Set(["permalink", "layout", "pagination"]);

const LETTER = /\p{L}/u;

/** Blanks a match but keeps its line breaks, so what is left still has the template's line numbers. */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => match.replace(/[^\n]/g, ""));
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/** Top-level keys of the front matter; the body starts after it. */
function splitFrontMatter(template: string): { keys: string[]; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(template);
  if (!match) return { keys: [], body: template };
  const keys = [...match[1]!.matchAll(/^([A-Za-z_][\w-]*)\s*:/gm)].map((key) => key[1]!);
  return { keys, body: match[0].replace(/[^\n]/g, "") + template.slice(match[0].length) };
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/\s([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? "");
  }
  return found;
}

/** Visible attribute values with a letter left once expressions are gone. */
function typedAttributes(tag: string): Array<{ name: string; value: string }> {
  const name = /^<\s*([\w-]+)/.exec(tag)?.[1]?.toLowerCase();
  const attrs = attributes(tag);
  const technicalMeta = name === "meta" && (attrs.has("http-equiv") || TECHNICAL_META.has(attrs.get("name") ?? ""));
  return [...attrs]
    .filter(([attribute]) => VISIBLE_ATTRIBUTES.has(attribute) && !(attribute === "content" && (name !== "meta" || technicalMeta)))
    .filter(([, value]) => LETTER.test(decodeEntities(value)))
    .map(([attribute, value]) => ({ name: attribute, value: value.trim() }));
}

/** A stylesheet template shows text only through `content:`. */
function typedCss(body: string): TypedText[] {
  const css = blank(body, /\/\*[\s\S]*?\*\//g);
  return [...css.matchAll(/content\s*:\s*([^;}]*)/g)]
    .filter((match) => LETTER.test(match[1]!))
    .map((match) => ({ line: lineAt(css, match.index), where: "content", text: match[1]!.trim() }));
}

/**
 * Every piece of typed text in a template, once Nunjucks comments, tags and expressions, HTML
 * comments and markup are taken out. A stylesheet template (`*-css.njk`) is checked as CSS.
 */
export function findTypedText(template: string, options: { stylesheet?: boolean } = {}): TypedText[] {
  const { keys, body } = splitFrontMatter(template.replace(/\r\n/g, "\n"));
  const found: TypedText[] = keys
    .filter((key) => !FRONT_MATTER_KEYS.has(key))
    .map((key) => ({ line: 1, where: "front matter", text: key }));
  let rest = blank(body, /\{#[\s\S]*?#\}/g);
  rest = blank(rest, /\{%[\s\S]*?%\}/g);
  rest = blank(rest, /\{\{[\s\S]*?\}\}/g);
  if (options.stylesheet) return [...found, ...typedCss(rest)];
  rest = blank(rest, /<!--[\s\S]*?-->/g);
  for (const tag of rest.matchAll(/<[^>]*>/g)) {
    for (const attribute of typedAttributes(tag[0])) {
      found.push({ line: lineAt(rest, tag.index), where: attribute.name, text: attribute.value });
    }
  }
  const text = rest.replace(/<[^>]*>/g, (tag) => "\u0000" + tag.replace(/[^\n]/g, "") + "\u0000");
  let offset = 0;
  for (const run of text.split("\u0000")) {
    if (LETTER.test(decodeEntities(run))) {
      found.push({ line: lineAt(text, offset + run.search(/\S/)), where: "text", text: run.trim().replace(/\s+/g, " ") });
    }
    offset += run.length + 1;
  }
  return found.sort((a, b) => a.line - b.line);
}
