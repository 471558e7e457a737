import { expect, it } from "vitest";
import { applyFrenchSpacing, applyFrenchSpacingToHtml, frenchTypography } from "../../../src/text/french-typography.ts";
import { GlossaryLinker } from "../../../src/markdown/glossary-links.ts";
import { renderMarkdown } from "../../../src/markdown/markdown.ts";
import { renderedHtmlToText } from "../../../src/markdown/plain-text.ts";

/*
 * Complexity, not speed: the same amount of text is processed once as one input 16 times longer and
 * once as 16 short inputs. Linear work costs the same both ways (ratio about 1); quadratic work costs
 * 16 times more as one long input (the former rules took 40 to 70 times longer at 8 times the size). Both sides
 * do the same work and allocate alike, so a busy machine or a garbage collection skews them alike;
 * CPU time of this process, best of three, after a warm-up.
 */
const SMALL = 20_000;
const FACTOR = 16;

/** Far from both ends: 1 (linear) and the factor itself (quadratic), 6 for 16. */
function linearLimit(factor: number): number {
  return 1.5 * Math.sqrt(factor);
}

function bestCpuTime(work: () => void): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return Math.max(best, 100);
}

interface Case {
  make: (size: number) => string;
  run: (text: string) => unknown;
  /** Another base size where V8 changes method with length (`toLowerCase` is far faster below about 100 K). */
  small?: number;
  factor?: number;
}

function growthRatio({ make, run, small: smallSize = SMALL, factor = FACTOR }: Case): number {
  const small = make(smallSize);
  const large = make(smallSize * factor);
  // Both inputs warmed up: a first pass over the long one (flattening it, tiering up) is not growth.
  for (let warmUp = 0; warmUp < 3; warmUp++) run(small);
  run(large);
  const asShortInputs = bestCpuTime(() => {
    for (let repeat = 0; repeat < factor; repeat++) run(small);
  });
  return bestCpuTime(() => run(large)) / asShortInputs;
}

const glossary = new GlossaryLinker([
  { id: "chiffrement", url: "/lexique/chiffrement/", spellings: ["chiffrement"] },
  { id: "e2e", url: "/lexique/e2e/", spellings: ["chiffrement de bout en bout"] },
]);
const renderWithGlossary = (text: string) => renderMarkdown(text, { glossary });

const pathological: Record<string, Case> = {
  "a line of opening brackets (lang spans, links)": { make: (n) => "[".repeat(n), run: renderWithGlossary },
  "brackets each followed by a word": { make: (n) => "[mot".repeat(n / 4), run: renderWithGlossary },
  "unfinished lang spans": { make: (n) => "[mot]{lang=".repeat(n / 11), run: renderWithGlossary },
  "unfinished quotations": { make: (n) => "[mot]{".repeat(n / 6), run: renderWithGlossary },
  "opening brackets before language spans (quotations never closed)": { make: (n) => "[[mot]{lang=en}".repeat(n / 15), run: renderWithGlossary },
  "one opening bracket, then language spans (a quotation never closed)": { make: (n) => `[${"a [mot]{lang=en} ".repeat(n / 18)}`, run: renderWithGlossary },
  "a long run of spaces before a word (French spacing)": { make: (n) => `a${" ".repeat(n)}b`, run: applyFrenchSpacing },
  "spaces and no-break spaces before a colon far away": { make: (n) => `a${" \u00A0".repeat(n / 2)}b:c`, run: frenchTypography },
  "opening guillemets only": { make: (n) => "«".repeat(n), run: renderWithGlossary },
  "one long token of punctuation between letters (glossary words)": {
    make: (n) => `a${"!".repeat(n)}b`,
    run: (text) => [...glossary.matches(text)],
    small: 160_000,
    factor: 8,
  },
  "a multi-word spelling that never completes": { make: (n) => "chiffrement de bout en ".repeat(n / 23), run: renderWithGlossary },
  "angle brackets with no end (plain text of HTML)": { make: (n) => "<".repeat(n), run: renderedHtmlToText },
  "a tag that never ends (French spacing of built HTML)": { make: (n) => `<a ${"x".repeat(n)}`, run: applyFrenchSpacingToHtml },
  "unquoted attributes and tag starts, then one end (French spacing of built HTML)": { make: (n) => `${'<a x="'.repeat(n / 6)}>`, run: applyFrenchSpacingToHtml },
  "text nodes full of signs between tags (French spacing of built HTML)": { make: (n) => "<b> : ; « </b>".repeat(n / 15), run: applyFrenchSpacingToHtml },
};

for (const [name, testCase] of Object.entries(pathological)) {
  // Wall time may be long on a busy machine; what is measured is this process's CPU time.
  it(`processes ${name} in linear time`, { timeout: 120_000 }, () => {
    const ratio = growthRatio(testCase);
    expect(ratio).toBeLessThan(linearLimit(testCase.factor ?? FACTOR));
  });
}

it("renders a 160 KB body of brackets (37 s with the former rules) with its text intact", { timeout: 120_000 }, () => {
  const html = renderMarkdown("[".repeat(160_000), { glossary });
  expect(html).toBe(`<p>${"[".repeat(160_000)}</p>\n`);
});
