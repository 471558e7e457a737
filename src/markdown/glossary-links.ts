import type { MarkdownIt, StateCore, Token } from "markdown-it";

/** What the linker needs to know about one glossary term. */
export interface LinkableTerm {
  slug: string;
  url: string;
  /** The name, aliases and English equivalents: every spelling that links to the term. */
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

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Apostrophes and spaces vary between editors' files and typography: match them all. */
function spellingPattern(spelling: string): string {
  return spelling
    .trim()
    .split(/[\s\u00A0\u202F]+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join("[\\s\\u00A0\\u202F]+");
}

/**
 * Finds glossary terms in running text. Longer spellings win (« chiffrement de bout en bout »
 * before « chiffrement »), and matches stop at word boundaries.
 */
export class GlossaryLinker {
  private readonly pattern: RegExp;
  private readonly bySpelling = new Map<string, LinkableTerm>();

  constructor(terms: readonly LinkableTerm[]) {
    const spellings: string[] = [];
    for (const term of terms) {
      for (const spelling of term.spellings) {
        const key = GlossaryLinker.key(spelling);
        if (!this.bySpelling.has(key)) {
          this.bySpelling.set(key, term);
          spellings.push(spelling);
        }
      }
    }
    spellings.sort((a, b) => b.length - a.length);
    const alternatives = spellings.map(spellingPattern).join("|");
    this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives || "(?!)"})(?![\\p{L}\\p{N}])`, "giu");
  }

  private static key(spelling: string): string {
    return spelling.toLowerCase().replace(/’/g, "'").replace(/[\s\u00A0\u202F]+/g, " ").trim();
  }

  /** Every match in a text, in order, with the term it names. */
  *matches(text: string): Generator<{ index: number; text: string; term: LinkableTerm }> {
    this.pattern.lastIndex = 0;
    for (const match of text.matchAll(this.pattern)) {
      const term = this.bySpelling.get(GlossaryLinker.key(match[0]));
      if (term) yield { index: match.index, text: match[0], term };
    }
  }
}

function linkTextToken(token: Token, state: StateCore, env: GlossaryLinkEnv, linker: GlossaryLinker): Token[] {
  const linked = (env.linkedInSection ??= new Set());
  const output: Token[] = [];
  let cursor = 0;
  for (const match of linker.matches(token.content)) {
    if (match.term.slug === env.currentTerm || linked.has(match.term.slug)) continue;
    linked.add(match.term.slug);
    env.usedTerms?.add(match.term.slug);
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
