/**
 * The fidelity rule of the fiches: every sentence of the source, in order. Only whitespace,
 * apostrophes, quotes and no-break spaces are normalised; nothing else.
 */
export function normalizeForFidelity(text: string): string {
  return text
    .replace(/[\u00A0\u202F]/g, " ")
    .replace(/[’‘]/g, "'")
    .replace(/[«»“”]/g, '"')
    .replace(/"\s+/g, '"')
    .replace(/\s+"/g, '"')
    .replace(/\s+([.,;:!?)])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** The source document's sentences, Markdown markup removed, one block (line) at a time. */
export function sourceSentences(markdown: string): string[] {
  return markdown
    .split("\n")
    .map((line) => line.replace(/^\s*(?:#+|[-*])\s+/, "").replace(/\*+/g, "").trim())
    .filter((line) => line.length > 0)
    .flatMap((line) => line.split(/(?<=[.?!])\s+(?=\p{Lu})/u))
    .map(normalizeForFidelity);
}

/** Sentences missing from `text`, or found only before the previous one (out of order). */
export function missingOrOutOfOrder(sentences: string[], text: string): string[] {
  const haystack = normalizeForFidelity(text);
  const problems: string[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const index = haystack.indexOf(sentence, cursor);
    if (index === -1) {
      problems.push(haystack.includes(sentence) ? `hors d'ordre : ${sentence}` : `absente : ${sentence}`);
    } else {
      cursor = index + sentence.length;
    }
  }
  return problems;
}

const ENTITIES: Record<string, string> = { nbsp: "\u00A0", amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** Text of an HTML fragment, as a reader gets it (tags removed, entities decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, " ")
    .replace(/<\/(p|li|h[1-6]|div|dt|dd)>/g, "$& ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (_m, name: string) => ENTITIES[name] ?? "")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));
}
