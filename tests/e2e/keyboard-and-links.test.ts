import { readFile } from "node:fs/promises";
import jsYaml from "js-yaml";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { focused, startBrowserSession, type BrowserSession } from "../helpers/browser.ts";
import { repoRoot } from "../helpers/content-fixture.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
});

afterAll(async () => {
  await session?.close();
});


/** The audit's sample (content/accessibilite/audit.yaml): every page the RGAA grid judges. */
const auditSample = (jsYaml.load(await readFile(path.join(repoRoot, "content/accessibilite/audit.yaml"), "utf8")) as { pages: { id: string; url: string }[] }).pages;

/** Brings a sample page to the state the audit judges: search results shown, questionnaire sent empty or answered. */
async function openSampleState(id: string, url: string, width: number): Promise<Page> {
  const page = await session.open(url, { width });
  if (id === "recherche") {
    await page.waitForFunction(() => document.querySelectorAll(".search-results > li").length > 0, { timeout: 15_000 });
  }
  if (id === "questionnaire-bilan") {
    // « Oui » and « Non » in turn: the result then lists points to examine, with their links.
    await page.$$eval("[data-question]", (questions) => {
      questions.forEach((question, index) => question.querySelectorAll<HTMLInputElement>("input[type=radio]")[index % 2]!.click());
    });
  }
  if (id.startsWith("questionnaire-")) await page.click("[data-self-check-submit]");
  // A keyboard user arriving on the page: nothing focused, the next Tab starts at the top of the document.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute("tabindex");
  });
  return page;
}

/**
 * Presses Tab (or Shift+Tab) `presses` times and returns where the focus went, in order
 * (`n|tag#id[href] «text»`, `n` telling apart elements that read the same), with « (hors de la page) »
 * each time the focus left the document.
 */
async function walkFocus(page: Page, presses: number, backwards: boolean): Promise<string[]> {
  await page.evaluate(() => {
    const state = window as unknown as { walkLog: string[]; walkCount: number };
    if (!state.walkLog) {
      state.walkCount = 0;
      document.addEventListener("focusin", (event) => {
        const element = event.target as HTMLElement;
        element.dataset.walk ??= String(state.walkCount++);
        const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
        const href = element.getAttribute("href") ?? (element as HTMLInputElement).name ?? "";
        state.walkLog.push(`${element.dataset.walk}|${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}[${href}] «${text}»`);
      });
      document.addEventListener("focusout", (event) => {
        if (!(event as FocusEvent).relatedTarget) state.walkLog.push("(hors de la page)");
      });
    }
    state.walkLog = [];
  });
  if (backwards) await page.keyboard.down("Shift");
  try {
    for (let press = 0; press < presses; press++) await page.keyboard.press("Tab");
  } finally {
    if (backwards) await page.keyboard.up("Shift");
  }
  return page.evaluate(() => (window as unknown as { walkLog: string[] }).walkLog);
}

/** How many stops a Tab walk should make: every rendered, focusable element, one per radio group. */
function expectedStops(page: Page): Promise<number> {
  return page.evaluate(() => {
    const radioGroups = new Set<string>();
    return [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]")].filter((element) => {
      if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled || element.closest("[hidden], [inert]")) return false;
      if (!element.checkVisibility({ visibilityProperty: true })) return false;
      if (element instanceof HTMLInputElement && element.type === "radio") {
        if (radioGroups.has(element.name)) return false;
        radioGroups.add(element.name);
      }
      return true;
    }).length;
  });
}

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

  it("walks every page of the audit sample with Tab to the end and back with Shift+Tab: skip link first, every focusable element once, no trap", async () => {
    const problems: string[] = [];
    for (const { id, url } of auditSample) {
      const page = await openSampleState(id, url, 1280);
      await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
      const stops = await expectedStops(page);
      // One press per focusable element, then one more that must leave the page: a trap would hold the focus.
      const forward = await walkFocus(page, stops + 1, false);
      const backward = await walkFocus(page, stops + 1, true);
      const out = "(hors de la page)";
      const reached = forward.filter((entry) => entry !== out);
      if (!forward[0]?.includes("a[#contenu] «Aller au contenu»")) problems.push(`${id}: la 1re tabulation va à ${forward[0]}`);
      if (new Set(reached).size !== reached.length) problems.push(`${id}: le focus repasse par un élément avant la fin : ${reached.slice(-3).join(", ")}`);
      if (reached.length !== stops || forward.at(-1) !== out) problems.push(`${id}: ${reached.length} arrêts pour ${stops} éléments focalisables, puis ${forward.at(-1)}`);
      // Shift+Tab from the first element leaves the page (headless Chromium then comes back at the end).
      const backTrail = backward.includes(out) ? backward.slice(0, backward.indexOf(out)) : backward;
      if (backTrail.join("\n") !== [...reached].reverse().join("\n") || !backward.includes(out)) {
        problems.push(`${id}: Maj+Tab ne refait pas le chemin à l’envers (${backward.length} pressions : ${backward.slice(0, 3).join(", ")}…)`);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it("moves the focus to the main content with the skip link on every page of the audit sample, and at 320 px without JavaScript", async () => {
    const problems: string[] = [];
    for (const [javaScript, width] of [[true, 1280], [false, 320]] as const) {
      for (const { id, url } of auditSample) {
        if (id.startsWith("questionnaire-") || id === "recherche") continue;
        const page = await session.open(url, { javaScript, width });
        await page.keyboard.press("Tab");
        const skip = await page.evaluate(() => {
          const link = document.activeElement as HTMLElement;
          const box = link.getBoundingClientRect();
          return { href: link.getAttribute("href"), onTop: document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === link, inView: box.top >= 0 && box.bottom <= innerHeight };
        });
        await page.keyboard.press("Enter");
        const target = await focused(page);
        if (skip.href !== "#contenu" || !skip.onTop || !skip.inView || target.id !== "contenu") problems.push(`${id} (JavaScript ${javaScript}, ${width} px): ${JSON.stringify({ skip, target: target.id })}`);
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("tells apart the search landmarks of a page that has two (header and page form): one of them is named", async () => {
    const found: Record<string, string[]> = {};
    for (const path of ["/", "/recherche/", "/fiches/"]) {
      const page = await session.open(path);
      const cdp = await page.createCDPSession();
      const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
      found[path] = nodes.filter((node) => !node.ignored && node.role?.value === "search").map((node) => node.name?.value ?? "");
      await page.close();
    }
    expect(found).toEqual({
      "/": ["", "Chercher un mot"],
      "/recherche/": ["", "Rechercher sur le site\u00A0: fiches, risques, points clés, lexique et aide"],
      "/fiches/": [""],
    });
  });

  it("loads pages without any console error, CSP violation or failed request", () => {
    expect(session.problems).toEqual([]);
  });
});
