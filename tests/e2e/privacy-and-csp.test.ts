import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localUrls } from "../../src/a11y/pa11y-config.ts";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { startBrowserSession, type BrowserSession } from "../helpers/browser.ts";

let session: BrowserSession;
let urls: string[];

beforeAll(async () => {
  session = await startBrowserSession();
  const sitemap = await readFile(path.join(await builtSiteDir(), "sitemap.xml"), "utf8");
  const baseUrl = /<loc>(https?:\/\/[^/<]+)/.exec(sitemap)?.[1] ?? "";
  urls = localUrls(sitemap, baseUrl, session.origin);
});

afterAll(async () => {
  await session?.close();
});

interface Visit {
  violations: string[];
  foreignRequests: string[];
  cookies: string[];
}

/** A tab that records CSP violations and requests to other origins, page after page. */
async function auditedPage(): Promise<{ page: Page; visit(url: string, interact?: (page: Page) => Promise<void>): Promise<Visit> }> {
  const page = await session.browser.newPage();
  let foreignRequests: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(`${session.origin}/`) && !request.url().startsWith("data:")) foreignRequests.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") session.problems.push(`console : ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    const record: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = record;
    document.addEventListener("securitypolicyviolation", (event) => record.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return {
    page,
    async visit(url, interact) {
      foreignRequests = [];
      await page.goto(url, { waitUntil: "load" });
      await interact?.(page);
      const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      const cookies = (await page.cookies()).map((cookie) => cookie.name);
      const documentCookie = await page.evaluate(() => document.cookie);
      if (documentCookie) cookies.push(documentCookie);
      return { violations, foreignRequests, cookies };
    },
  };
}

async function visit(url: string, interact?: (page: Page) => Promise<void>): Promise<Visit> {
  const tab = await auditedPage();
  const result = await tab.visit(url, interact);
  await tab.page.close();
  return result;
}

describe("e2e", () => {
  it("serves every page of the sitemap with zero CSP violation, zero request elsewhere and zero cookie", async () => {
    expect(urls.length).toBeGreaterThan(90);
    const problems: string[] = [];
    const tab = await auditedPage();
    for (const url of urls) {
      const result = await tab.visit(url);
      for (const violation of result.violations) problems.push(`${url} CSP : ${violation}`);
      for (const request of result.foreignRequests) problems.push(`${url} requête externe : ${request}`);
      for (const cookie of result.cookies) problems.push(`${url} cookie : ${cookie}`);
    }
    await tab.page.close();
    expect(problems).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it("keeps the same guarantees while searching", async () => {
    const result = await visit(`${session.origin}/recherche/?q=chiffrement`, async (page) => {
      await page.waitForSelector("[data-search-results] a", { timeout: 15_000 });
      await page.type("#recherche-page", " bout");
      await page.waitForNetworkIdle();
    });
    expect(result).toEqual({ violations: [], foreignRequests: [], cookies: [] });
    expect(session.problems).toEqual([]);
  });

  it("detects a CSP violation when a page breaks the policy", async () => {
    const result = await visit(`${session.origin}/`, async (page) => {
      await page.evaluate(() => {
        const style = document.createElement("div");
        style.setAttribute("style", "color: red");
        document.body.append(style);
      });
    });
    expect(result.violations).toEqual(["style-src-attr inline"]);
  });
});
