import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAxe, startBrowserSession, type BrowserSession } from "../helpers/browser.ts";

let session: BrowserSession;
/** Console errors, script errors, failed requests, CSP violations and requests to other origins. */
let problems: string[];
/** Every URL requested, page after page (for what loads before a search). */
let requested: string[];

beforeAll(async () => {
  session = await startBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

/** Opens a page of the built site with every listener in place before its first request. */
async function open(path: string, options: { javaScript?: boolean; dark?: boolean } = {}): Promise<Page> {
  problems = [];
  requested = [];
  const page = await session.browser.newPage();
  await page.setJavaScriptEnabled(options.javaScript ?? true);
  await page.setViewport({ width: 1024, height: 900 });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: options.dark ? "dark" : "light" }]);
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console : ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`erreur : ${String(error)}`));
  page.on("requestfailed", (request) => problems.push(`requête échouée : ${request.url()}`));
  page.on("request", (request) => {
    requested.push(request.url());
    if (!request.url().startsWith(`${session.origin}/`)) problems.push(`requête hors du site : ${request.url()}`);
  });
  await page.exposeFunction("reportViolation", (text: string) => problems.push(`CSP : ${text}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`${session.origin}${path}`, { waitUntil: "load" });
  return page;
}

/** Waits until the live region announces a search, and returns what it says. */
async function announced(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector("[data-search-status]")?.textContent ?? ""),
    { timeout: 15_000 },
    pattern.source,
  );
  return page.$eval("[data-search-status]", (status) => status.textContent ?? "");
}

function results(page: Page) {
  return page.$$eval(".search-results > li", (items) =>
    items.map((item) => ({
      title: item.querySelector("h2 a")?.textContent,
      href: item.querySelector("h2 a")?.getAttribute("href"),
      type: item.querySelector(".search-results__type")?.textContent,
      marks: [...item.querySelectorAll(".search-results__excerpt mark")].map((mark) => mark.textContent),
    })),
  );
}

function focusedId(page: Page) {
  return page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
}

describe("e2e", () => {
  it("takes a query from the header box of a fiche to the search page, filters it by type and follows a result, all from the keyboard", async () => {
    const page = await open("/fiches/messagerie-instantanee/");
    await page.focus("#recherche-site");
    await page.keyboard.type("hameçonnage");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe("/recherche/");
    expect(new URL(page.url()).searchParams.get("q")).toBe("hameçonnage");
    expect(await announced(page, /résultat/)).toMatch(/^\d+ résultats pour «\u00A0hameçonnage\u00A0»$/);
    expect(await page.$eval("[data-search-status]", (status) => [status.getAttribute("role"), status.getAttribute("aria-live")])).toEqual([
      "status",
      "polite",
    ]);
    expect(await page.$eval("#recherche-page", (input) => (input as HTMLInputElement).value)).toBe("hameçonnage");
    const all = await results(page);
    expect(all[0]).toEqual({ title: "Hameçonnage", href: "/lexique/hameconnage/", type: "Terme du lexique", marks: expect.arrayContaining([expect.stringMatching(/^hameçonnage/i)]) });
    expect(new Set(all.map((result) => result.type)).size).toBeGreaterThan(1);

    await page.focus("#filtre-tout");
    for (let step = 0; step < 3; step++) await page.keyboard.press("ArrowRight");
    expect(await focusedId(page)).toBe("filtre-risque");
    expect(await announced(page, /filtre/)).toMatch(/^\d+ résultats? pour «\u00A0hameçonnage\u00A0» \(filtre\u00A0: Risques\)$/);
    expect(new Set((await results(page)).map((result) => result.type))).toEqual(new Set(["Risque"]));
    expect(new URL(page.url()).searchParams.get("type")).toBe("risque");

    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("/risques/hameconnage/");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe("/risques/hameconnage/");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("updates the results and the address while the user types, announces the count and leaves the focus in the field", async () => {
    const page = await open("/recherche/");
    const entries = await page.evaluate(() => history.length);
    await page.focus("#recherche-page");
    await page.keyboard.type("ransomware", { delay: 40 });
    expect(await announced(page, /ransomware/)).toMatch(/^\d+ résultats? pour «\u00A0ransomware\u00A0»$/);
    expect(await focusedId(page)).toBe("recherche-page");
    expect((await results(page))[0]?.href).toBe("/lexique/rancongiciel/");
    expect(new URL(page.url()).search).toBe("?q=ransomware");
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(await page.title()).toMatch(/^ransomware — Recherche — /);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("makes each submitted search a history entry, so Back and Forward bring back the query and its results", async () => {
    const page = await open("/recherche/?q=chiffrer");
    await announced(page, /«\u00A0chiffrer\u00A0»/);
    expect((await results(page))[0]?.href).toBe("/lexique/chiffrement/");
    await page.click("#recherche-page", { count: 3 });
    await page.keyboard.type("E2EE");
    await page.keyboard.press("Enter");
    await announced(page, /«\u00A0E2EE\u00A0»/);
    expect((await results(page))[0]?.href).toBe("/lexique/chiffrement-de-bout-en-bout/");
    await page.goBack();
    expect(new URL(page.url()).search).toBe("?q=chiffrer");
    await announced(page, /«\u00A0chiffrer\u00A0»/);
    expect(await page.$eval("#recherche-page", (input) => (input as HTMLInputElement).value)).toBe("chiffrer");
    expect((await results(page))[0]?.href).toBe("/lexique/chiffrement/");
    await page.goForward();
    expect(new URL(page.url()).search).toBe("?q=E2EE");
    await announced(page, /«\u00A0E2EE\u00A0»/);
    expect((await results(page))[0]?.href).toBe("/lexique/chiffrement-de-bout-en-bout/");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says when nothing matches, without an empty list, and points to the glossary", async () => {
    const page = await open("/recherche/?q=zqwxv");
    expect(await announced(page, /zqwxv/)).toBe("Aucun résultat pour «\u00A0zqwxv\u00A0»");
    expect(await page.$("[data-search-results] ol")).toBeNull();
    expect(await page.$eval("[data-search-results] a", (link) => link.getAttribute("href"))).toBe("/lexique/");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows the next results on demand and moves the focus to the first of them", async () => {
    const page = await open("/recherche/?q=donn%C3%A9es");
    const status = await announced(page, /résultats pour/);
    expect(Number.parseInt(status, 10)).toBeGreaterThan(10);
    expect((await results(page)).length).toBe(10);
    await page.focus(".search-results__more");
    expect(await page.$eval(".search-results__more", (button) => button.textContent)).toMatch(/^Afficher (les \d+ résultats suivants|le résultat suivant)$/);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelectorAll(".search-results > li").length > 10);
    const eleventh = await page.$eval(".search-results > li:nth-child(11) h2 a", (link) => link.getAttribute("href"));
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(eleventh);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("has no axe violation with results shown, in the light and the dark theme", async () => {
    for (const dark of [false, true]) {
      const page = await open("/recherche/?q=chiffrement", { dark });
      await announced(page, /résultats pour/);
      expect(await runAxe(page), dark ? "sombre" : "clair").toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it("explains itself without JavaScript and offers the A–Z glossary and the site plan", async () => {
    const page = await open("/recherche/?q=phishing", { javaScript: false });
    const fallback = await page.$eval("[data-search-fallback]", (block) => ({
      visible: (block as HTMLElement).offsetHeight > 0,
      links: [...block.querySelectorAll("a")].map((link) => link.getAttribute("href")),
    }));
    expect(fallback).toEqual({ visible: true, links: ["/lexique/", "/plan-du-site/"] });
    expect(await page.$eval("[data-search-filter]", (filter) => (filter as HTMLElement).offsetHeight)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("hides the no-JavaScript message and shows the type filter once the script runs", async () => {
    const page = await open("/recherche/");
    await page.waitForFunction(() => !document.querySelector<HTMLElement>("[data-search-filter]")!.hidden);
    expect(await page.$eval("[data-search-fallback]", (block) => (block as HTMLElement).hidden)).toBe(true);
    await page.close();
  });

  it("marks a term's English names lang=\"en\" in its excerpt, as the term page does (RGAA 8.7)", async () => {
    const page = await open("/recherche/?q=chiffrement");
    await announced(page, /résultat/);
    const english = await page.$$eval(".search-results__excerpt [lang]", (nodes) => nodes.map((node) => [node.getAttribute("lang"), node.textContent]));
    expect(english).toEqual(expect.arrayContaining([["en", "public key"], ["en", "asymmetric encryption"]]));
    expect(english.every(([lang]) => lang === "en")).toBe(true);
    await page.close();
  });

  it("says so and offers the glossary and the site plan when Pagefind cannot load", async () => {
    const page = await session.browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", (request) => (request.url().includes("/pagefind/") ? request.abort() : request.continue()));
    await page.goto(`${session.origin}/recherche/?q=phishing`, { waitUntil: "load" });
    // An error (RGAA 7.5): said by a role="alert" region, not by the results' polite status.
    await page.waitForFunction(() => document.querySelector("[data-search-error]")?.textContent, { timeout: 15_000 });
    expect(await page.$eval("[data-search-error]", (alert) => [alert.getAttribute("role"), alert.textContent])).toEqual(["alert", "La recherche n’a pas pu se charger."]);
    expect(await page.$eval("[data-search-status]", (status) => status.textContent)).toBe("");
    expect(await page.$$eval("[data-search-results] a", (links) => links.map((link) => link.getAttribute("href")))).toEqual(["/lexique/", "/plan-du-site/"]);
    expect(await page.$("[data-search-results] ol")).toBeNull();
    await page.close();
  });

  it("loads no search code on other pages, and Pagefind only once the search page is used", async () => {
    const page = await open("/lexique/hameconnage/");
    expect(requested.filter((url) => /search|pagefind/.test(url))).toEqual([]);
    await page.goto(`${session.origin}/recherche/`, { waitUntil: "networkidle0" });
    expect(requested.filter((url) => url.includes("/pagefind/"))).toEqual([]);
    expect(requested).toContain(`${session.origin}/assets/js/search.js`);
    await page.focus("#recherche-page");
    await page.waitForNetworkIdle();
    expect(requested).toContain(`${session.origin}/pagefind/pagefind.js`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
