import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { get } from "node:http";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import puppeteer from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../../src/platform/chromium.ts";
import { securityHeaders } from "../../src/security/headers.ts";
import { copyMinimalContent, repoRoot } from "../helpers/content-fixture.ts";

type Fixture = Awaited<ReturnType<typeof copyMinimalContent>>;

const TERM = "lexique/chiffrement.md";
const TERM_PAGE = "/lexique/chiffrement/";
const LAST_BUILD_MARKER = "Page de la dernière construction réussie";
const BROKEN_FIELD = "champ « searchSpellings » : valeur trouvée 42";

let fixture: Fixture;
let siteDir: string;
let server: ChildProcess;
let output = "";
let origin: string;
let original: string;

async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const result = await check();
    if (result !== undefined) return result;
    await sleep(100);
  }
  throw new Error(`${what} : rien après ${timeoutMs} ms. Sortie du serveur :\n${output}`);
}

/** A page as a browser navigating to it gets it: `fetch` says `Sec-Fetch-Mode: cors`, for which no reload client is added. */
function page(target: string): Promise<{ status: number; text: string } | undefined> {
  return new Promise((resolve) => {
    const request = get(`${origin}${target}`, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      response.on("error", () => resolve(undefined));
    });
    request.on("error", () => resolve(undefined));
  });
}

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), `${response.url} ${name}`).toBe(value);
}

beforeAll(async () => {
  fixture = await copyMinimalContent();
  siteDir = path.join(fixture.root, "_site");
  // What a previous full build left: the page of the term, PDFs and the search index.
  await mkdir(path.join(siteDir, "lexique", "chiffrement"), { recursive: true });
  await writeFile(path.join(siteDir, "lexique", "chiffrement", "index.html"), `<!doctype html><title>${LAST_BUILD_MARKER}</title><p>${LAST_BUILD_MARKER}</p>`);
  await mkdir(path.join(siteDir, "pdf"), { recursive: true });
  await writeFile(path.join(siteDir, "pdf", "demo.pdf"), "%PDF-1.7");
  await mkdir(path.join(siteDir, "pagefind"), { recursive: true });
  await writeFile(path.join(siteDir, "pagefind", "pagefind.js"), "");
  // The content is already broken when the server starts, as after a `tsx watch` restart.
  original = await readFile(path.join(fixture.contentDir, TERM), "utf8");
  await fixture.write(TERM, original.replace(/^searchSpellings: .*$/m, "searchSpellings: 42"));
  server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: repoRoot,
    env: { ...process.env, FICHES_CONTENT_DIR: fixture.contentDir, FICHES_SITE_DIR: siteDir, PORT: "0", HOST: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  origin = await waitFor("adresse du serveur", () => /^Serveur de développement : (http:\/\/\S+?)\/? /m.exec(output)?.[1]);
});

afterAll(async () => {
  server?.kill("SIGTERM");
  await fixture?.cleanup();
});

describe("build", () => {
  describe("dev server (scripts/serve.ts)", () => {
    it("listens on 127.0.0.1 by default and prints that address", async () => {
      expect(new URL(origin).hostname).toBe("127.0.0.1");
      expect(new URL(origin).port).not.toBe("0");
      const { port } = new URL(origin);
      await expect(fetch(`http://[::1]:${port}/`)).rejects.toThrow();
    });

    it("says once that PDFs and the search index are those of the last full build", () => {
      const notice = "Les PDF et l’index de recherche sont ceux de la dernière construction complète (npm run build)";
      expect(output.split(notice)).toHaveLength(2);
    });

    it("starts on broken content with the French errors alone, serving the pages of the last build", async () => {
      await waitFor("message d’erreur", () => (output.includes(BROKEN_FIELD) ? true : undefined));
      expect(output).toContain("Les pages affichées restent celles de la dernière construction réussie");
      const served = await page(TERM_PAGE);
      expect(served?.status).toBe(200);
      expect(served?.text).toContain(LAST_BUILD_MARKER);
    });

    it("rebuilds once the content is fixed, then keeps those pages when an edit breaks it again", async () => {
      await fixture.write(TERM, original);
      await waitFor("page refaite", async () => {
        const served = await page(TERM_PAGE);
        return served?.status === 200 && !served.text.includes(LAST_BUILD_MARKER) ? true : undefined;
      });
      await sleep(500);
      await fixture.write(TERM, original.replace(/^searchSpellings: .*$/m, "searchSpellings: 42"));
      await waitFor("second message d’erreur", () => (output.includes("Les pages affichées restent celles d’avant cette modification.") ? true : undefined));
      const served = await page(TERM_PAGE);
      expect(served?.status).toBe(200);
      expect(served?.text).toContain("Chiffrement");
      expect(served?.text).not.toContain(LAST_BUILD_MARKER);
    });

    it("never prints a stack trace for a content error", () => {
      expect(output).toContain(BROKEN_FIELD);
      expect(output).not.toContain("Original error");
      expect(output).not.toContain("ContentValidationError");
      expect(output).not.toMatch(/^\s*at /m);
      expect(output).not.toContain("Problem writing Eleventy templates");
    });

    it("sends the production security headers on pages, styles, 404s and the live-reload client", async () => {
      const html = await (await fetch(`${origin}${TERM_PAGE}`)).text();
      const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
      expect(stylesheet).toBeTruthy();
      for (const target of [TERM_PAGE, stylesheet, "/nulle-part/", "/.11ty/reload-client.js", "/lexique/chiffrement"]) {
        const response = await fetch(`${origin}${target}`, { redirect: "manual" });
        expectSecurityHeaders(response);
      }
    });

    it("loads its live-reload client as a script of its own, which the CSP allows, on every page", async () => {
      for (const target of [TERM_PAGE, "/nulle-part/"]) {
        const html = (await page(target))?.text ?? "";
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.some((tag) => tag.includes('src="/.11ty/reload-client.js"')), target).toBe(true);
        for (const tag of scripts) expect(tag, target).toMatch(/\bsrc="\//);
      }
    });

    it("reloads the page in Chromium under the production CSP, without any violation", async () => {
      const chromium = await chromiumLaunchOptions();
      const browser = await puppeteer.launch({ executablePath: chromium.executablePath, userDataDir: chromium.userDataDir, args: chromium.args, headless: true });
      try {
        const browserPage = await browser.newPage();
        const messages: string[] = [];
        browserPage.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
        browserPage.on("pageerror", (error) => messages.push(`pageerror: ${String(error)}`));
        await browserPage.goto(`${origin}${TERM_PAGE}`, { waitUntil: "load" });
        await waitFor("client de rechargement connecté", () => (messages.some((message) => message.includes("Connected")) ? true : undefined), 20_000);
        await fixture.write(TERM, original.replace("Procédé qui rend un message illisible", "Procédé modifié qui rend un message illisible"));
        const shown = () => browserPage.content().then((html) => html.includes("Procédé modifié"), () => false);
        await waitFor("page rechargée", async () => ((await shown()) ? true : undefined), 30_000);
        expect(messages.filter((message) => message.startsWith("error") || message.startsWith("pageerror"))).toEqual([]);
      } finally {
        await browser.close();
        await chromium.cleanup();
      }
    });
  });
});
