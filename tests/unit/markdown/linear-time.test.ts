import { expect, it } from "vitest";
import { applyFrenchSpacing, frenchTypography } from "../../../src/markdown/french-typography.ts";
import { GlossaryLinker } from "../../../src/markdown/glossary-links.ts";
import { renderMarkdown } from "../../../src/markdown/markdown.ts";
import { renderedHtmlToText } from "../../../src/markdown/plain-text.ts";

/*
 * Complexity, not speed: each input is processed at two sizes, eight times apart. Linear work takes
 * about 8 times longer, quadratic work about 64 times (these inputs took 10 to 60 times longer on
 * the former rules at 4 times the size). CPU time of this process, after a warm-up, best of five
 * runs: other processes on the machine and the JIT's first compilations do not count.
 */
const SMALL = 20_000;
const FACTOR = 8;
const LINEAR_LIMIT = 24;

function bestCpuTime(run: () => unknown): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 5; attempt++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return Math.max(best, 100);
}

function growthRatio(make: (size: number) => string, run: (text: string) => unknown): number {
  const small = make(SMALL);
  const large = make(SMALL * FACTOR);
  for (let warmUp = 0; warmUp < 3; warmUp++) run(small);
  return bestCpuTime(() => run(large)) / bestCpuTime(() => run(small));
}

const glossary = new GlossaryLinker([
  { id: "chiffrement", url: "/lexique/chiffrement/", spellings: ["chiffrement"] },
  { id: "e2e", url: "/lexique/e2e/", spellings: ["chiffrement de bout en bout"] },
]);
const renderWithGlossary = (text: string) => renderMarkdown(text, { glossary });

const pathological: Record<string, { make: (size: number) => string; run: (text: string) => unknown }> = {
  "a line of opening brackets (lang spans, links)": { make: (n) => "[".repeat(n), run: renderWithGlossary },
  "brackets each followed by a word": { make: (n) => "[mot".repeat(n / 4), run: renderWithGlossary },
  "unfinished lang spans": { make: (n) => "[mot]{lang=".repeat(n / 11), run: renderWithGlossary },
  "a long run of spaces before a word (French spacing)": { make: (n) => `a${" ".repeat(n)}b`, run: applyFrenchSpacing },
  "spaces and no-break spaces before a colon far away": { make: (n) => `a${" \u00A0".repeat(n / 2)}b:c`, run: frenchTypography },
  "opening guillemets only": { make: (n) => "«".repeat(n), run: renderWithGlossary },
  "one long token of punctuation between letters (glossary words)": {
    make: (n) => `a${"!".repeat(n)}b`,
    run: (text) => [...glossary.matches(text)],
  },
  "a multi-word spelling that never completes": { make: (n) => "chiffrement de bout en ".repeat(n / 23), run: renderWithGlossary },
  "angle brackets with no end (plain text of HTML)": { make: (n) => "<".repeat(n), run: renderedHtmlToText },
};

for (const [name, { make, run }] of Object.entries(pathological)) {
  // Wall time may be long on a busy machine; what is measured is this process's CPU time.
  it(`processes ${name} in linear time`, { timeout: 120_000 }, () => {
    expect(growthRatio(make, run)).toBeLessThan(LINEAR_LIMIT);
  });
}

it("renders a 160 KB body of brackets (37 s with the former rules) with its text intact", { timeout: 120_000 }, () => {
  const html = renderMarkdown("[".repeat(160_000), { glossary });
  expect(html).toBe(`<p>${"[".repeat(160_000)}</p>\n`);
});
