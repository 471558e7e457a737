import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { chromiumLaunchOptions, type ChromiumLaunch } from "../../src/platform/chromium.ts";
import { startStaticServer, type RunningServer } from "../../src/server/static-server.ts";

export interface BrowserSession {
  browser: Browser;
  origin: string;
  /** Problems seen by every page opened with `open`: console errors, CSP violations, failed requests. */
  problems: string[];
  open(path: string, options?: { javaScript?: boolean; width?: number; dark?: boolean }): Promise<Page>;
  /** Alert, confirm or prompt dialogs any page tried to open: injected scripts would do that. */
  dialogs: string[];
  close(): Promise<void>;
}

/** Serves a built site (`_site/` by default) with production headers and drives the system Chromium. */
export async function startBrowserSession(siteDir?: string): Promise<BrowserSession> {
  const server: RunningServer = await startStaticServer(siteDir ?? (await builtSiteDir()));
  const chromium: ChromiumLaunch = await chromiumLaunchOptions();
  const browser = await puppeteer.launch({
    executablePath: chromium.executablePath,
    userDataDir: chromium.userDataDir,
    args: chromium.args,
    headless: true,
  });
  const problems: string[] = [];
  const dialogs: string[] = [];
  return {
    browser,
    origin: server.origin,
    problems,
    dialogs,
    async open(path, options = {}) {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(options.javaScript ?? true);
      await page.setViewport({ width: options.width ?? 1280, height: 900 });
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: options.dark ? "dark" : "light" }]);
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`${path}: console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`${path}: ${String(error)}`));
      page.on("requestfailed", (request) => problems.push(`${path}: requête échouée ${request.url()}`));
      page.on("dialog", async (dialog) => {
        dialogs.push(`${path}: ${dialog.message()}`);
        await dialog.dismiss();
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await chromium.cleanup();
    },
  };
}

const require = createRequire(import.meta.url);

/** axe-core run inside the page (injected through the DevTools protocol, which the CSP allows). */
export async function runAxe(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  const source = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  });
}

/** One page of each type, for checks that must hold everywhere. */
export const pageTypes = [
  "/",
  "/fiches/",
  "/fiches/messagerie-instantanee/",
  "/fiches/lexique-du-parfait-hacker/",
  "/lexique/",
  "/lexique/hameconnage/",
  "/risques/",
  "/risques/piratage/",
  "/points-cles/",
  "/points-cles/chiffrement/",
  "/ma-messagerie-est-elle-sure/",
  "/recherche/",
  "/plan-du-site/",
  "/accessibilite/",
  "/confidentialite/",
  "/mentions-legales/",
  "/donnees-ouvertes/",
  "/404.html",
];

/** What has the keyboard focus, as a screen-reader user would hear it. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    const style = element ? getComputedStyle(element) : null;
    return {
      tag: element?.tagName.toLowerCase(),
      id: element?.id,
      name: element?.name,
      type: element?.type,
      text: element?.textContent?.trim(),
      href: element?.getAttribute("href"),
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : "",
    };
  });
}
