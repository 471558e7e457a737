import type { MarkdownIt, StateCore, Token } from "markdown-it";

/** What the linker needs to know about one glossary term. */
export interface LinkableTerm {
  id: string;
  url: string;
  /** Every spelling that links to the term: names, search spellings and their derived forms. */
  spellings: string[];
}

/** Options read from the markdown-it `env` of one render. */
export interface GlossaryLinkEnv {
  glossary?: GlossaryLinker;
  /** Terms already linked in the current section: each is linked once per section. */
  linkedInSection?: Set<string>;
  /** Every term linked anywhere in the fiche, for « Les mots du lexique dans cette fiche ». */
  usedTerms?: Set<string>;
  /** The term page being rendered: a term never links to itself. */
  currentTerm?: string;
}

interface Spelling<Term extends LinkableTerm> {
  words: string[];
  term: Term;
}

/** How a word compares: case and apostrophe style ignored, accents kept. */
function wordKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** The letters and digits of a whitespace-separated token, with surrounding punctuation set aside. */
const TOKEN = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where the letters and digits of a token start and end (a loop: a regex here backtracked quadratically). */
function coreBounds(token: string): { start: number; end: number } {
  let start = 0;
  while (start < token.length && !LETTER_OR_DIGIT.test(token[start]!)) start++;
  let end = token.length;
  while (end > start && !LETTER_OR_DIGIT.test(token[end - 1]!)) end--;
  return { start, end };
}

interface Word {
  key: string;
  start: number;
  end: number;
  /** Punctuation before or after the word (« (chiffrement, »): a multi-word spelling cannot cross it. */
  punctuatedBefore: boolean;
  punctuatedAfter: boolean;
}

/** French elisions (l’, d’, qu’…) are words of their own: « l’hameçonnage » contains « hameçonnage ». */
const ELISION = /^((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’])(?=[\p{L}\p{N}])/iu;

function tokenize(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const bounds = coreBounds(raw);
    let core = raw.slice(bounds.start, bounds.end);
    if (!core) continue;
    let start = match.index + bounds.start;
    const punctuatedAfter = bounds.end < raw.length;
    let punctuatedBefore = bounds.start > 0;
    const elision = ELISION.exec(core)?.[1];
    if (elision) {
      words.push({ key: wordKey(elision), start, end: start + elision.length, punctuatedBefore, punctuatedAfter: false });
      start += elision.length;
      core = core.slice(elision.length);
      punctuatedBefore = false;
    }
    words.push({ key: wordKey(core), start, end: start + core.length, punctuatedBefore, punctuatedAfter });
  }
  return words;
}

/**
 * Finds glossary terms in running text, word by word: spellings are indexed by their first word, so
 * the cost grows with the text, not with the size of the glossary. Longer spellings win
 * (« chiffrement de bout en bout » before « chiffrement »), and matches stop at word boundaries.
 */
export class GlossaryLinker<Term extends LinkableTerm = LinkableTerm> {
  private readonly byFirstWord = new Map<string, Spelling<Term>[]>();

  constructor(terms: readonly Term[]) {
    const seen = new Set<string>();
    for (const term of terms) {
      for (const spelling of term.spellings) {
        const words = tokenize(spelling).map((token) => token.key);
        const key = words.join(" ");
        if (words.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push({ words, term });
        this.byFirstWord.set(words[0]!, list);
      }
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every match in a text, in order, with the term it names. */
  *matches(text: string): Generator<{ index: number; text: string; term: Term }> {
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirstWord.get(tokens[i]!.key);
      if (!candidates) continue;
      const found = candidates.find((candidate) => this.matchesAt(tokens, i, candidate.words));
      if (!found) continue;
      const last = tokens[i + found.words.length - 1]!;
      yield { index: tokens[i]!.start, text: text.slice(tokens[i]!.start, last.end), term: found.term };
      i += found.words.length - 1;
    }
  }

  private matchesAt(tokens: Word[], start: number, words: string[]): boolean {
    for (let offset = 0; offset < words.length; offset++) {
      const token = tokens[start + offset];
      if (!token || token.key !== words[offset]) return false;
      if (offset > 0 && token.punctuatedBefore) return false;
      if (offset < words.length - 1 && token.punctuatedAfter) return false;
    }
    return true;
  }
}

function linkTextToken(token: Token, state: StateCore, env: GlossaryLinkEnv, linker: GlossaryLinker): Token[] {
  const linked = (env.linkedInSection ??= new Set());
  const output: Token[] = [];
  let cursor = 0;
  for (const match of linker.matches(token.content)) {
    if (match.term.id === env.currentTerm || linked.has(match.term.id)) continue;
    linked.add(match.term.id);
    env.usedTerms?.add(match.term.id);
    if (match.index > cursor) {
      const before = new state.Token("text", "", 0);
      before.content = token.content.slice(cursor, match.index);
      output.push(before);
    }
    const open = new state.Token("link_open", "a", 1);
    open.attrSet("href", match.term.url);
    open.attrSet("class", "term-link");
    const inner = new state.Token("text", "", 0);
    inner.content = match.text;
    const close = new state.Token("link_close", "a", -1);
    output.push(open, inner, close);
    cursor = match.index + match.text.length;
  }
  if (output.length === 0) return [token];
  if (cursor < token.content.length) {
    const after = new state.Token("text", "", 0);
    after.content = token.content.slice(cursor);
    output.push(after);
  }
  return output;
}

/**
 * Links glossary terms in running text, once per section, never inside headings or existing links.
 * Does nothing unless the render's env carries a `glossary`.
 */
export function glossaryLinksPlugin(md: MarkdownIt): void {
  md.core.ruler.push("glossary_links", (state: StateCore) => {
    const env = state.env as GlossaryLinkEnv;
    const linker = env.glossary;
    if (!linker) return;
    let inHeading = false;
    for (const block of state.tokens) {
      if (block.type === "heading_open") inHeading = true;
      if (block.type === "heading_close") inHeading = false;
      if (block.type !== "inline" || !block.children || inHeading) continue;
      let linkDepth = 0;
      const children: Token[] = [];
      for (const child of block.children) {
        if (child.type === "link_open") linkDepth++;
        if (child.type === "link_close") linkDepth--;
        if (child.type === "text" && linkDepth === 0) children.push(...linkTextToken(child, state, env, linker));
        else children.push(child);
      }
      block.children = children;
    }
  });
}
