import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageTypes, runAxe, startBrowserSession, type BrowserSession } from "../helpers/browser.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

describe("e2e", () => {
  it("has no horizontal scrolling at 320 px on every page type", async () => {
    const overflowing: string[] = [];
    for (const path of pageTypes) {
      const page = await session.open(path, { width: 320 });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) overflowing.push(`${path}: ${scrollWidth} > ${clientWidth}`);
      await page.close();
    }
    expect(overflowing).toEqual([]);
  });

  it("keeps every text when the reader widens its spacing (WCAG text-spacing values, RGAA 10.12), at 320 and 1280 px", async () => {
    const css = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";
    const problems: string[] = [];
    for (const width of [320, 1280]) {
      for (const path of pageTypes) {
        const page = await session.open(path, { width });
        const found = await page.evaluate((rules) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(rules);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          const issues: string[] = [];
          if (document.documentElement.scrollWidth > document.documentElement.clientWidth) issues.push(`page ${document.documentElement.scrollWidth} px wide`);
          for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
            // Skipped: text kept for screen readers only (1 px boxes), fields (they scroll their own text), closed details.
            if (element.closest(".visually-hidden, input, details:not([open])") || element.clientWidth <= 1 || !element.getClientRects().length) continue;
            const style = getComputedStyle(element);
            const clipsX = /hidden|clip|auto|scroll/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
            const clipsY = /hidden|clip|auto|scroll/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
            if ((clipsX || clipsY) && element.textContent?.trim()) issues.push(`${element.tagName.toLowerCase()}.${element.className} cuts its text`);
          }
          return issues;
        }, css);
        problems.push(...found.map((issue) => `${path} (${width} px): ${issue}`));
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it("marks only the current page in the main navigation when colours are forced", async () => {
    const page = await session.open("/fiches/");
    const cdp = await page.createCDPSession();
    await cdp.send("Emulation.setEmulatedMedia", { features: [{ name: "forced-colors", value: "active" }] });
    const bars = await page.$$eval(".main-nav a", (anchors) =>
      anchors.map((anchor) => ({ current: anchor.hasAttribute("aria-current"), bar: getComputedStyle(anchor).borderBottomColor, canvas: getComputedStyle(document.documentElement).backgroundColor })));
    for (const { current, bar, canvas } of bars) expect(bar === canvas, JSON.stringify({ current, bar, canvas })).toBe(!current);
    await page.close();
  });

  it("passes axe with dark mode emulated on every page type, in a dark theme", async () => {
    const violations: string[] = [];
    for (const path of pageTypes) {
      const page = await session.open(path, { dark: true });
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(background, path).toBe("rgb(18, 20, 23)");
      for (const violation of await runAxe(page)) violations.push(`${path}: ${violation.id} ${violation.targets.join(", ")}`);
      await page.close();
    }
    expect(violations).toEqual([]);
  }, 180_000);

  it("passes axe in the light theme too", async () => {
    const violations: string[] = [];
    for (const path of pageTypes) {
      const page = await session.open(path);
      for (const violation of await runAxe(page)) violations.push(`${path}: ${violation.id} ${violation.targets.join(", ")}`);
      await page.close();
    }
    expect(violations).toEqual([]);
  }, 180_000);

  it("can be read without JavaScript: content and navigation are in the HTML", async () => {
    const page = await session.open("/fiches/messagerie-instantanee/", { javaScript: false });
    const text = await page.$eval("main", (main) => main.textContent ?? "");
    expect(text).toContain("Les 6 points clés de la sécurisation des messageries instantanées");
    const navLinks = await page.$$eval("nav[aria-label='Navigation principale'] a", (links) => links.length);
    expect(navLinks).toBe(7);
    const printButtonHidden = await page.$eval(".print-button", (button) => (button as HTMLButtonElement).hidden);
    expect(printButtonHidden).toBe(true);
    await page.close();
  });

  it("shows the print button when JavaScript runs", async () => {
    const page = await session.open("/fiches/messagerie-instantanee/");
    expect(await page.$eval(".print-button", (button) => (button as HTMLButtonElement).hidden)).toBe(false);
    await page.close();
  });

  it("loads pages without any console error, CSP violation or failed request", () => {
    expect(session.problems).toEqual([]);
  });
});
