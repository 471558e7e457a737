import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { focused, startBrowserSession, type BrowserSession } from "../helpers/browser.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

describe("e2e", () => {
  it("lets a keyboard user go from the skip link to the main content and then to the PDF link", async () => {
    const page = await session.open("/fiches/messagerie-instantanee/");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", text: "Aller au contenu", href: "#contenu" });
    const skipLinkVisible = await page.evaluate(() => (document.activeElement as HTMLElement).getBoundingClientRect().top >= 0);
    expect(skipLinkVisible).toBe(true);
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "main", id: "contenu" });
    let reached = await focused(page);
    for (let presses = 0; presses < 10 && !reached.href?.endsWith(".pdf"); presses++) {
      await page.keyboard.press("Tab");
      reached = await focused(page);
    }
    expect(reached.href).toBe("/pdf/messagerie-instantanee.pdf");
    expect(reached.text).toMatch(/^Télécharger la fiche \(PDF, \d+\u00A0Ko\)$/);
    expect(reached.outline).toMatch(/^solid [3-9]/);
    await page.close();
  });

  for (const width of [320, 1280]) {
    it(`brings a keyboard user to the fiche's glossary definitions in at most 10 Tab presses, at ${width} px (61 before the skip link)`, async () => {
      const page = await session.open("/fiches/messagerie-instantanee/", { width });
      let presses = 0;
      let reached = await focused(page);
      while (presses < 10 && reached.href !== "#lexique-de-la-fiche") {
        await page.keyboard.press("Tab");
        presses++;
        reached = await focused(page);
      }
      expect(reached).toMatchObject({ tag: "a", href: "#lexique-de-la-fiche", text: "Aller aux mots du lexique" });
      expect(presses).toBeLessThanOrEqual(10);
      expect(reached.outline).toMatch(/^solid [3-9]/);
      await page.keyboard.press("Enter");
      // Scrolling is smooth unless the reader asks for less motion: wait until the heading arrives.
      await page.waitForFunction(() => location.hash === "#lexique-de-la-fiche" && Math.abs(document.querySelector("#lexique-de-la-fiche")!.getBoundingClientRect().top) < 2);
      await page.keyboard.press("Tab");
      const next = await page.evaluate(() => ({
        inTerms: Boolean(document.activeElement?.closest(".fiche-terms")),
        href: document.activeElement?.getAttribute("href"),
      }));
      expect(next.inTerms).toBe(true);
      expect(next.href).toMatch(/^\/lexique\/[a-z0-9-]+\/$/);
      await page.close();
    });
  }

  it("lets a keyboard user follow the Sommaire to the fiche's risks and to its glossary definitions", async () => {
    const page = await session.open("/fiches/messagerie-instantanee/", { width: 1280 });
    const entries = await page.$$eval("nav.toc a", (links) => links.map((link) => link.getAttribute("href")));
    expect(entries).toContain("#les-risques");
    expect(entries).toContain("#lexique-de-la-fiche");
    const tocIsSticky = await page.$eval("nav.toc", (toc) => getComputedStyle(toc).position);
    expect(tocIsSticky).toBe("sticky");
    await page.focus('nav.toc a[href="#lexique-de-la-fiche"]');
    // Focus scrolls the link into view, smoothly: a reader sees it before pressing Enter.
    await page.waitForFunction(() => new Promise((resolve) => { const y = scrollY; setTimeout(() => resolve(scrollY === y), 300); }));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash === "#lexique-de-la-fiche" && Math.abs(document.querySelector("#lexique-de-la-fiche")!.getBoundingClientRect().top) < 2);
    const stillVisible = await page.$eval('nav.toc a[href="#lexique-de-la-fiche"]', (link) => {
      const box = link.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(stillVisible).toBe(true);
    await page.close();
  });

  it("lets a keyboard user reach the header search with the second skip link", async () => {
    const page = await session.open("/lexique/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ text: "Aller à la recherche" });
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "input", id: "recherche-site" });
    await page.close();
  });

  it("follows a glossary link from the fiche to the term page and back", async () => {
    const page = await session.open("/fiches/messagerie-instantanee/");
    const link = await page.$('a.term-link[href="/lexique/droit-a-la-deconnexion/"]');
    expect(link).not.toBeNull();
    await Promise.all([page.waitForNavigation(), link!.click()]);
    expect(new URL(page.url()).pathname).toBe("/lexique/droit-a-la-deconnexion/");
    expect(await page.$eval("h1", (h1) => h1.textContent)).toBe("Droit à la déconnexion");
    const backToFiche = await page.$('main a[href="/fiches/messagerie-instantanee/"]');
    expect(backToFiche).not.toBeNull();
    await Promise.all([page.waitForNavigation(), backToFiche!.click()]);
    expect(new URL(page.url()).pathname).toBe("/fiches/messagerie-instantanee/");
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe("/lexique/droit-a-la-deconnexion/");
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe("/fiches/messagerie-instantanee/");
    await page.close();
  });

  it("shows each linked term's short definition on the fiche, without hovering", async () => {
    const page = await session.open("/fiches/messagerie-instantanee/");
    const definitions = await page.$$eval("#lexique-de-la-fiche ~ dl dt a", (links) => links.map((a) => a.getAttribute("href")));
    const linked = await page.$$eval(".fiche-body a.term-link", (links) => [...new Set(links.map((a) => a.getAttribute("href")))]);
    expect(linked.length).toBeGreaterThan(5);
    expect([...definitions].sort()).toEqual([...linked].sort());
    await page.close();
  });

  it("loads pages without any console error, CSP violation or failed request", () => {
    expect(session.problems).toEqual([]);
  });
});
