/**
 * Finds the sentences a page says twice, even reworded a little (« Aucun des 6 points clés… » and
 * « Aucun des points clés… »): a reader who meets the same sentence twice stops trusting the page.
 */

/** Block ends that separate sentences even without punctuation (list items, headings, cells). */
const BLOCK_END = /<\/(?:p|li|h[1-6]|dt|dd|td|th|caption|figcaption|blockquote)>|<br\s*\/?>/gi;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** The sentences of an HTML fragment, in reading order, with their spacing normalized. */
export function sentencesOf(html: string): string[] {
  const text = html
    .replace(BLOCK_END, "\n")
    .replace(/<[^<>]*>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
  return text
    .split("\n")
    .flatMap((line) => line.split(/(?<=[.!?…])\s+(?=[«\p{Lu}])/u))
    .map((sentence) => sentence.replace(/[\s\u00A0\u202F]+/g, " ").trim())
    .filter((sentence) => sentence.length > 0);
}

/** Lower-case words without accents or numbers: « 6 points clés » and « points clés » compare alike. */
function wordsOf(sentence: string): Set<string> {
  const plain = sentence.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return new Set(plain.split(/[^a-z]+/).filter((word) => word.length > 1));
}

/** Share of words two sentences have in common (Jaccard index). */
function overlap(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const word of a) if (b.has(word)) common++;
  return common / (a.size + b.size - common);
}

/** Below this many words only an exact repeat counts: short steps differ by one word. */
const MIN_WORDS = 5;
/** Two sentences this alike say the same thing; distinct steps share far fewer words. */
const SAME_IDEA = 0.8;

/**
 * Pairs of sentences of the fragment that say the same thing, as « first » ≈ « second ». Only
 * sentences count (ending with « . », « ! », « ? » or « … »): a label such as a term's name may
 * rightly appear as a title and again as a link.
 */
export function repeatedSentences(html: string): string[] {
  const sentences = sentencesOf(html)
    .filter((text) => /[.!?…]$/.test(text))
    .map((text) => ({ text, words: wordsOf(text) }));
  const repeats: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const [a, b] = [sentences[i]!, sentences[j]!];
      const same = a.text === b.text || (Math.min(a.words.size, b.words.size) >= MIN_WORDS && overlap(a.words, b.words) >= SAME_IDEA);
      if (same) repeats.push(`« ${a.text} » ≈ « ${b.text} »`);
    }
  }
  return repeats;
}
