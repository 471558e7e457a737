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
