import { normalizeForComparison } from "./normalize.ts";

/**
 * Words that end the head of a French noun phrase: in « mot de passe » only « mot » takes the plural,
 * in « données à caractère personnel » only « données » loses it.
 */
const PHRASE_LINKS = new Set(["de", "du", "des", "d", "à", "a", "au", "aux", "en", "par", "pour", "sur", "sans", "hors", "dans", "qui"]);

const ELISION = /^[dl]['’]/iu;

/** Words inside the head that never take the plural (« clé publique et clé privée »). */
const INVARIABLE = new Set(["et", "ou"]);

interface PhraseWord {
  word: string;
  /** Whether the word belongs to the head of the phrase (before « de », « à »… and not an acronym). */
  inflected: boolean;
}

function splitPhrase(phrase: string): { words: PhraseWord[]; separators: string[] } {
  const parts = phrase.split(/(\s+)/);
  const words: PhraseWord[] = [];
  const separators: string[] = [];
  let inHead = true;
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      separators.push(part);
      return;
    }
    if (PHRASE_LINKS.has(part.toLowerCase()) || ELISION.test(part)) inHead = false;
    const isAcronym = /\p{Lu}.*\p{Lu}/u.test(part) || /\d/.test(part);
    const inflectable = !isAcronym && !INVARIABLE.has(part.toLowerCase()) && /^\p{L}[\p{L}-]*$/u.test(part);
    words.push({ word: part, inflected: inHead && inflectable });
  });
  return { words, separators };
}

function joinPhrase(words: string[], separators: string[]): string {
  return words.map((word, index) => word + (separators[index] ?? "")).join("");
}

function pluralOf(word: string): string {
  if (/[sxz]$/iu.test(word)) return word;
  if (/al$/iu.test(word)) return `${word.slice(0, -2)}aux`;
  if (/(eau|au|eu)$/iu.test(word)) return `${word}x`;
  return `${word}s`;
}

/** The plural of a French noun phrase, or undefined when the head already looks plural. */
export function pluralPhrase(phrase: string): string | undefined {
  const { words, separators } = splitPhrase(phrase);
  const head = words.filter((word) => word.inflected);
  if (head.length === 0 || head.every((word) => /[sx]$/iu.test(word.word))) return undefined;
  return joinPhrase(
    words.map((word) => (word.inflected ? pluralOf(word.word) : word.word)),
    separators,
  );
}

/**
 * The singular of a French noun phrase whose head is plural (« Messages éphémères »), or undefined.
 * Cautious: every word of the head must end in -s or -x, and not in -us (« Virus »).
 */
export function singularPhrase(phrase: string): string | undefined {
  const { words, separators } = splitPhrase(phrase);
  const head = words.filter((word) => word.inflected);
  if (head.length === 0 || !head.every((word) => /(aux|[^u][sx])$/iu.test(word.word) && word.word.length > 3)) return undefined;
  return joinPhrase(
    words.map((word) => {
      if (!word.inflected) return word.word;
      if (/aux$/iu.test(word.word)) return `${word.word.slice(0, -3)}al`;
      return word.word.slice(0, -1);
    }),
    separators,
  );
}

/**
 * The key under which two spellings differ « only by accents, case, hyphens or a plural »: such a
 * spelling is derived automatically (`derivedSpellings`), so editors never type it and readers never
 * see it listed as another name.
 */
export function spellingKey(value: string): string {
  return normalizeForComparison(value)
    .split(/[\s-]+/)
    .map((word) => {
      if (word.length <= 3) return word;
      if (word.endsWith("aux")) return `${word.slice(0, -3)}al`;
      return word.replace(/[sx]$/, "");
    })
    .join("");
}

/**
 * The spellings of a name that only drop accents or hyphens, or switch singular and plural:
 * what a reader may type, and what running text may say. English names only lose accents and hyphens;
 * so do names for a search engine that finds plurals by itself (`plurals: false`).
 */
export function derivedSpellings(name: string, { french = true, plurals = true } = {}): string[] {
  const bases = [name];
  if (french && plurals) {
    const plural = pluralPhrase(name);
    const singular = singularPhrase(name);
    if (plural) bases.push(plural);
    if (singular) bases.push(singular);
  }
  const spellings = new Map<string, string>();
  for (const base of bases) {
    const unaccented = base.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
    for (const form of [base, unaccented]) {
      for (const variant of [form, form.replace(/-/g, " "), form.replace(/-/g, "")]) {
        const key = variant.toLowerCase();
        if (!spellings.has(key) && key !== name.toLowerCase()) spellings.set(key, variant);
      }
    }
  }
  return [...spellings.values()];
}
