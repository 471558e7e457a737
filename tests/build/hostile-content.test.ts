import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalContentDir } from "../helpers/content-fixture.ts";
import { startBrowserSession, type BrowserSession } from "../helpers/browser.ts";
import { runTsx } from "../helpers/run-build.ts";

const PAYLOAD = "window.__pwned = true; alert(1)";
const LONG_WORD = "a".repeat(10_000);
const CSS_BREAKOUT = `*/ } body { display: none } @import url(https://evil.example/x.css); " \\ </style>`;
const RTL = "مرحبا بالعالم — שלום עולם";
const TEN_THOUSAND_WORDS = Array.from({ length: 10_000 }, (_, i) => (i % 12 === 11 ? "chiffrement." : "mot")).join(" ");

const HOSTILE_BODY = [
  `<script>${PAYLOAD}</script>`,
  `<img src=x onerror="${PAYLOAD}">`,
  `[lien javascript](javascript:${PAYLOAD}) et [lien data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `<a href="javascript:${PAYLOAD}">HTML brut</a> <svg onload="${PAYLOAD}"></svg>`,
  "Nunjucks : {{ 7 * 7 }} {% raw %}{% endraw %} {{ graph.site.name }}",
  "Entités : &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;",
  `Un mot très long : ${LONG_WORD}`,
  `Texte de droite à gauche : ${RTL}`,
  "Emoji : 🔐🕵️‍♀️📱",
  "![Un point bleu](images/point-bleu.png)",
].join("\n\n");

/** A real 1 × 1 PNG, so Chromium loads it without a failed request. */
const ONE_PIXEL_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/p+FUQQAAAABJRU5ErkJggg==", "base64");

let work: string;
let site: string;
let session: BrowserSession | undefined;
let buildOutput: { code: number | null; stderr: string };

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "fiches-hostile-"));
  const content = path.join(work, "content");
  site = path.join(work, "_site");
  await cp(minimalContentDir, content, { recursive: true });
  await mkdir(path.join(content, "images"));
  await writeFile(path.join(content, "images/point-bleu.png"), ONE_PIXEL_PNG);
  await writeFile(
    path.join(content, "lexique/hostile.md"),
    [
      "---",
      `term: "Terme <b>hostile</b> {{ 7 * 7 }} 🔐 ${LONG_WORD}"`,
      `short: "Une définition courte avec <script>${PAYLOAD}</script> et ${RTL}."`,
      "category: attaques",
      `otherNames: ["(.*)", "[a-z]+", "${LONG_WORD}"]`,
      "reviewed: 2026-12-02",
      `example: "<img src=x onerror=\\"${PAYLOAD}\\"> {% include 'x' %}"`,
      "seeAlso: [chiffrement]",
      "---",
      HOSTILE_BODY,
      "",
      TEN_THOUSAND_WORDS,
      "",
    ].join("\n"),
  );
  // A 10,000-letter word and 10,000 words fill pages: this test is about injection, not length,
  // and the build refuses a PDF above its fiche's page limit, so both fiches get room.
  const roomy = (yaml: string) => yaml.replace(/^  maxPages: \d+$/m, "  maxPages: 60");
  const autre = await readFile(path.join(content, "fiches/autre.yaml"), "utf8");
  await writeFile(path.join(content, "fiches/autre.yaml"), roomy(autre));
  const fiche = roomy(await readFile(path.join(content, "fiches/demo.yaml"), "utf8"));
  await writeFile(
    path.join(content, "fiches/demo.yaml"),
    fiche.replace("title: Fiche de démonstration", `title: ${JSON.stringify(`Fiche de démonstration ${CSS_BREAKOUT}`)}`).replace(
      "  - type: audience",
      `  - type: prose\n    markdown: |\n${HOSTILE_BODY.split("\n").map((line) => `      ${line}`).join("\n")}\n  - type: audience`,
    ),
  );
  buildOutput = await runTsx("scripts/build.ts", { FICHES_CONTENT_DIR: content, FICHES_SITE_DIR: site, FICHES_CACHE_DIR: path.join(work, "cache") });
  if (buildOutput.code === 0) session = await startBrowserSession(site);
}, 300_000);

afterAll(async () => {
  await session?.close();
  await rm(work, { recursive: true, force: true });
});

const pages = ["/lexique/hostile/", "/fiches/demo/", "/lexique/", "/fiches/autre/"];

describe("build", () => {
  it("renders hostile content as inert text rather than failing", () => {
    expect(buildOutput.stderr).toBe("");
    expect(buildOutput.code).toBe(0);
  });

  it("writes no injected element, event handler or script link into the pages", async () => {
    for (const page of pages) {
      const html = await readFile(path.join(site, page, "index.html"), "utf8");
      expect(html, page).not.toMatch(/<script>|<img src=x|<svg onload|<b>hostile/);
      expect(html, page).not.toMatch(/<[^>]*\son(error|load)=/);
      expect(html, page).not.toMatch(/href="(javascript|data):/);
      expect(html.match(/<script /g)?.length ?? 0, page).toBeLessThanOrEqual(1);
    }
    const term = await readFile(path.join(site, "lexique/hostile/index.html"), "utf8");
    expect(term).toContain("{{ 7 * 7 }}");
    expect(term).toContain("{% raw %}{% endraw %}");
    expect(term).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(term).toContain(RTL);
    expect(term).toContain("🔐🕵️‍♀️📱");
    expect(term).toContain('<img src="/images/point-bleu.png" alt="Un point bleu">');
    expect(await readFile(path.join(site, "images/point-bleu.png"))).toEqual(ONE_PIXEL_PNG);
  });

  it("executes no injected script in Chromium", async () => {
    for (const url of pages) {
      const page = await session!.open(url);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned), url).toBeUndefined();
      const text = await page.$eval("main", (main) => main.textContent ?? "");
      expect(text.includes("window.__pwned = true"), url).toBe(true);
      await page.close();
    }
    expect(session!.dialogs).toEqual([]);
    expect(session!.problems).toEqual([]);
  });

  it("keeps a title that tries to leave its CSS string inside it, in the print sheet and the PDF", async () => {
    const page = await session!.open("/fiches/demo/");
    const rules = await page.evaluate(() => {
      const sheet = [...document.styleSheets].find((candidate) => candidate.href?.endsWith("/impression.css"));
      return [...(sheet?.cssRules ?? [])].map((rule) => ({ type: rule.constructor.name, text: rule.cssText }));
    });
    await page.emulateMediaType("print");
    const printedDisplay = await page.evaluate(() => getComputedStyle(document.body).display);
    await page.close();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.type).toBe("CSSPageRule");
    expect(printedDisplay).not.toBe("none");
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", path.join(site, "pdf/demo.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("Fiche de démonstration");
    expect(session!.problems.filter((problem) => problem.includes("evil.example"))).toEqual([]);
  });

  it("keeps the layout within 320 px despite a 10,000-character word in a name, its breadcrumb and a text", async () => {
    for (const url of pages) {
      const page = await session!.open(url, { width: 320 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});
