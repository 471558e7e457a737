import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAxe, focused, startBrowserSession, type BrowserSession } from "../helpers/browser.ts";

const PATH = "/ma-messagerie-est-elle-sure/";

/**
 * The questions in page order (`q-<key point>-<n>`, then the reader's own settings, `r-…`), with the
 * answer each test gives. Chiffrement and open source get one « Oui » and one other answer: a point is
 * met only if all its answers are « Oui ». Two settings get « Non » and « Je ne sais pas ».
 */
const answers = [
  ["q-gratuite-de-l-application-1", "oui"],
  ["q-gratuite-de-l-application-2", "oui"],
  ["q-chiffrement-1", "oui"],
  ["q-chiffrement-2", "non"],
  ["q-open-source-1", "oui"],
  ["q-open-source-2", "ne-sait-pas"],
  ["q-collecte-responsable-des-donnees-1", "oui"],
  ["q-collecte-responsable-des-donnees-2", "oui"],
  ["q-politique-de-confidentialite-1", "oui"],
  ["q-politique-de-confidentialite-2", "oui"],
  ["q-politique-de-confidentialite-3", "oui"],
  ["q-stockage-sur-cloud-1", "non"],
  ["q-stockage-sur-cloud-2", "non"],
  ["r-verrouillage", "oui"],
  ["r-deux-etapes", "non"],
  ["r-mises-a-jour", "oui"],
  ["r-appareils-connectes", "ne-sait-pas"],
  ["r-sauvegardes", "oui"],
  ["r-groupes", "oui"],
] as const;

/** Where each setting's « Comment faire » leads: the step list of the risk that says how. */
const settingLinks = [
  ["Comment faire\u00A0: Verrouillage du téléphone", "/risques/piratage/#s-en-proteger"],
  ["Comment faire\u00A0: Validation en deux étapes", "/risques/vol-d-identite/#s-en-proteger"],
  ["Comment faire\u00A0: Mises à jour", "/risques/virus-et-logiciels-malveillants/#s-en-proteger"],
  ["Comment faire\u00A0: Appareils connectés", "/risques/vol-de-donnees/#s-en-proteger"],
  ["Comment faire\u00A0: Sauvegardes", "/risques/fuites-de-donnees/#s-en-proteger"],
  ["Comment faire\u00A0: Ajout aux groupes", "/risques/hameconnage/#s-en-proteger"],
];

/** Collapses the template's line breaks and indents, but keeps the no-break spaces French typography needs. */
const squash = (text: string | null | undefined) => text?.replace(/[ \t\n\r]+/g, " ").trim();

/** Radio order in each group: an arrow key moves to, and checks, the next answer. */
const answerOrder = ["oui", "non", "ne-sait-pas"];

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
});

afterAll(async () => {
  await session?.close();
});


/** Tabs forward until the focus is on an element matching `test`; fails after `limit` presses. */
async function tabTo(page: Page, test: (state: Awaited<ReturnType<typeof focused>>) => boolean, limit = 10) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const state = await focused(page);
    if (test(state)) return state;
  }
  throw new Error(`focus never reached the expected element; now on ${JSON.stringify(await focused(page))}`);
}

/** Answers the questions with the keyboard only: Tab into each group, Space or arrows to choose. */
async function answerWithKeyboard(page: Page, skip: string[] = []) {
  await page.keyboard.press("Tab");
  expect(await focused(page)).toMatchObject({ text: "Aller au contenu" });
  await page.keyboard.press("Enter");
  expect(await focused(page)).toMatchObject({ tag: "main" });
  for (const [id, answer] of answers) {
    if (skip.includes(id)) continue;
    await tabTo(page, (state) => state.type === "radio" && state.name === id);
    const steps = answerOrder.indexOf(answer);
    if (steps === 0) await page.keyboard.press("Space");
    for (let step = 0; step < steps; step++) await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatchObject({ id: `${id}-${answer}` });
  }
}

/**
 * Activates a control the way a keyboard user does (focus, then Enter or Space): mouse clicks at
 * coordinates would race the smooth scrolling that follows each move of the focus.
 */
async function press(page: Page, selector: string) {
  await page.focus(selector);
  const isRadio = await page.$eval(selector, (element) => (element as HTMLInputElement).type === "radio");
  await page.keyboard.press(isRadio ? "Space" : "Enter");
}

async function isHidden(page: Page, selector: string) {
  return page.$eval(selector, (element) => (element as HTMLElement).hidden || (element as HTMLElement).closest("[hidden]") !== null);
}

describe("e2e", () => {
  it("says, before the first question and in plain sight, that every question needs an answer (RGAA 11.10.1)", async () => {
    const page = await session.open(PATH);
    const note = await page.$eval(".self-check__required", (element) => ({
      text: element.textContent?.replace(/\s+/g, " ").trim(),
      shown: element.getClientRects().length > 0 && !(element as HTMLElement).closest("[hidden]"),
      beforeFirstQuestion: Boolean(element.compareDocumentPosition(document.querySelector("fieldset[data-question]")!) & Node.DOCUMENT_POSITION_FOLLOWING),
    }));
    expect(note).toMatchObject({ shown: true, beforeFirstQuestion: true });
    expect(note.text).toMatch(/Chaque question.*demande une réponse.*Je ne sais pas/);
    await page.close();
  });

  it("answers every question with the keyboard and moves the focus to a summary of the answers", async () => {
    const page = await session.open(PATH);
    await answerWithKeyboard(page);
    await tabTo(page, (state) => state.tag === "button" && state.text === "Voir mon bilan");
    await page.keyboard.press("Enter");

    expect(await focused(page)).toMatchObject({ tag: "h2", id: "bilan", text: "Votre bilan" });
    expect(await isHidden(page, "[data-self-check-result]")).toBe(false);
    expect(await isHidden(page, '[data-verdict="attention"]')).toBe(false);
    expect(await isHidden(page, '[data-verdict="ok"]')).toBe(true);
    const verdict = await page.$eval('[data-verdict="attention"]', (block) => ({
      lead: block.querySelector("p")?.textContent ?? "",
      totals: [...block.querySelectorAll("li")].map((item) => item.textContent ?? ""),
    }));
    expect(squash(verdict.lead)).toBe("D’après vos réponses, voici ce qu’il reste à vérifier ou à changer, en commençant par l’application.");
    expect(verdict.totals.map(squash)).toEqual(["Points clés de l’application à vérifier\u00A0: 3 sur 6", "Réglages à revoir\u00A0: 2 sur 6"]);
    const resultOrder = await page.$$eval("[data-self-check-result] > *", (children) =>
      children.map((child) => child.getAttribute("data-verdict") ?? (child.hasAttribute("data-attention-list") ? "to-do" : child.tagName.toLowerCase() + "." + child.className)),
    );
    expect(resultOrder).toEqual(["h2.", "ok", "attention", "to-do", "h3.", "dl.self-check-result__answers", "p.editorial-note", "div.self-check-result__help"]);
    const summary = await page.$$eval(".self-check-result__answers > div", (rows) =>
      rows.map((row) => [row.querySelector("dt")?.textContent?.trim(), [...row.querySelectorAll("dd strong")].map((answer) => answer.textContent?.trim())]),
    );
    expect(summary).toEqual([
      ["La gratuité de l’application", ["Oui", "Oui"]],
      ["Chiffrement", ["Oui", "Non"]],
      ["Open source", ["Oui", "Je ne sais pas"]],
      ["Collecte «\u00A0responsable\u00A0» des données", ["Oui", "Oui"]],
      ["Politique de confidentialité", ["Oui", "Oui", "Oui"]],
      ["Stockage sur cloud", ["Non", "Non"]],
      ["Vos propres réglages", ["Oui", "Non", "Oui", "Je ne sais pas", "Oui", "Oui"]],
    ]);
    const shownPoints = await page.$$eval("[data-attention-for]", (items) =>
      items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.getAttribute("data-attention-for")),
    );
    expect(shownPoints).toEqual(["chiffrement", "open-source", "stockage-sur-cloud", "r-deux-etapes", "r-appareils-connectes"]);
    const twoStep = await page.$eval('[data-attention-for="r-deux-etapes"]', (item) => ({
      text: item.textContent ?? "",
      links: [...item.querySelectorAll("a")].map((a) => [a.textContent ?? "", a.getAttribute("href")] as const),
    }));
    const twoStepText = squash(twoStep.text);
    expect(twoStepText).toContain("Votre réponse\u00A0:");
    expect(twoStepText).toContain("si votre application le propose\u202F? Non");
    expect(twoStepText).toContain("Pourquoi\u00A0: Sans elle, quelqu’un qui obtient le code reçu par SMS");
    expect(twoStep.links.map(([text, href]) => [squash(text), href])).toEqual([settingLinks[1]]);
    expect(await page.$eval('[data-attention-for="r-appareils-connectes"] a', (a) => a.getAttribute("href"))).toBe(settingLinks[3]?.[1]);
    const chiffrement = await page.$eval('[data-attention-for="chiffrement"]', (item) => ({
      text: item.textContent?.replace(/\s+/g, " ") ?? "",
      terms: [...item.querySelectorAll(".self-check-result__terms a")].map((a) => a.getAttribute("href")),
      links: [...item.querySelectorAll("a:not(.self-check-result__terms a)")].map((a) => a.getAttribute("href")),
    }));
    expect(chiffrement.text).toContain("Vos réponses :");
    expect(chiffrement.text).toContain("Le chiffrement de bout en bout est-il activé par défaut, sans réglage à faire ? Oui");
    expect(chiffrement.text).toContain("y compris de groupe ? Non");
    expect(chiffrement.links).toEqual(["/points-cles/chiffrement/", "/points-cles/chiffrement/#comment-verifier"]);
    expect(chiffrement.text).toContain("À vérifier : que le chiffrement de bout en bout est activé par défaut");
    expect(chiffrement.terms).toEqual(["/lexique/chiffrement/", "/lexique/chiffrement-de-bout-en-bout/"]);
    await page.close();
  });

  it("says every point is met, and lists nothing to examine, when every answer is « Oui »", async () => {
    const page = await session.open(PATH);
    for (const [id] of answers) await press(page, `#${id}-oui`);
    await press(page, "[data-self-check-submit]");
    expect(await isHidden(page, '[data-verdict="ok"]')).toBe(false);
    expect(squash(await page.$eval('[data-verdict="ok"]', (p) => p.textContent))).toMatch(/^D’après vos réponses, rien ne reste à vérifier/);
    expect(await isHidden(page, '[data-verdict="attention"]')).toBe(true);
    expect(await isHidden(page, "[data-attention-list]")).toBe(true);
    const help = await page.$eval("[data-self-check-result] > :last-child", (last) => ({
      intro: last.querySelector("p")?.textContent?.replace(/\s+/g, " ").trim(),
      services: [...last.querySelectorAll(".help-summary__name a")].map((a) => [a.getAttribute("href"), a.textContent]),
      last: [...last.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.textContent]).at(-1),
    }));
    expect(help).toEqual({
      intro: "En cas de piratage, d’arnaque ou de harcèlement par messagerie, des services officiels peuvent vous aider :",
      services: [
        ["/aide/#plateforme-17cyber", "17Cyber"],
        ["/aide/#cybermalveillance", "Cybermalveillance.gouv.fr"],
        ["/aide/#e-enfance-3018", "3018"],
      ],
      last: ["/aide/", "Obtenir de l’aide"],
    });
    await page.close();
  });

  it("moves the focus to an error summary that links to the unanswered questions, settings included", async () => {
    const page = await session.open(PATH);
    await answerWithKeyboard(page, ["q-collecte-responsable-des-donnees-2", "r-sauvegardes"]);
    await press(page, "[data-self-check-submit]");

    expect(await focused(page)).toMatchObject({ id: "reponses-manquantes" });
    expect(await isHidden(page, "[data-self-check-result]")).toBe(true);
    const listed = await page.$$eval("[data-error-for]", (items) =>
      items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.textContent?.trim()),
    );
    expect(listed).toEqual([
      "Question 8 (Collecte «\u00A0responsable\u00A0» des données)\u00A0: réponse manquante",
      "Réglage 5 (Sauvegardes)\u00A0: réponse manquante",
    ]);
    const fieldset = "#q-collecte-responsable-des-donnees-2";
    expect(await page.$eval(fieldset, (element) => element.getAttribute("aria-describedby"))).toBe("q-collecte-responsable-des-donnees-2-erreur");
    expect(await page.$eval("#q-collecte-responsable-des-donnees-1", (element) => element.hasAttribute("aria-describedby"))).toBe(false);
    const item = '[data-criterion="collecte-responsable-des-donnees"]';
    expect(await page.$eval(item, (element) => element.classList.contains("self-check__item--error"))).toBe(true);
    expect(await isHidden(page, `${fieldset}-erreur`)).toBe(false);
    expect(await page.$eval(`${fieldset}-erreur`, (p) => p.textContent)).toContain("Erreur\u00A0: choisissez une réponse");
    expect(await page.$$eval("[data-error-message]:not([hidden])", (messages) => messages.length)).toBe(2);
    expect(await page.$eval("#r-sauvegardes", (element) => element.getAttribute("aria-describedby"))).toBe("r-sauvegardes-erreur");
    expect(await page.$eval('[data-setting="r-sauvegardes"]', (element) => element.classList.contains("self-check__item--error"))).toBe(true);

    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a" });
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ id: "q-collecte-responsable-des-donnees-2-oui" });
    await page.keyboard.press("Space");
    expect(await isHidden(page, `${fieldset}-erreur`)).toBe(true);
    expect(await page.$eval(item, (element) => element.classList.contains("self-check__item--error"))).toBe(false);
    expect(await page.$eval(fieldset, (element) => element.hasAttribute("aria-describedby"))).toBe(false);
    expect(await isHidden(page, "[data-error-summary]")).toBe(false);
    expect(await page.$$eval("[data-error-for]:not([hidden])", (items) => items.map((item) => item.getAttribute("data-error-for")))).toEqual(["r-sauvegardes"]);

    await page.focus('[data-error-for="r-sauvegardes"] a');
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ id: "r-sauvegardes-oui" });
    await page.keyboard.press("Space");
    expect(await page.$eval('[data-setting="r-sauvegardes"]', (element) => element.classList.contains("self-check__item--error"))).toBe(false);
    expect(await isHidden(page, "[data-error-summary]")).toBe(true);
    await press(page, "[data-self-check-submit]");
    expect(await focused(page)).toMatchObject({ id: "bilan" });
    await page.close();
  });

  it("opens a key point's explanation with the keyboard, with its text, its advice and how to check it", async () => {
    const page = await session.open(PATH);
    await page.focus("#q-chiffrement-2-oui");
    await tabTo(page, (state) => state.tag === "summary");
    await page.keyboard.press("Enter");
    const details = await page.$eval('[data-criterion="chiffrement"] details', (element) => ({
      open: (element as HTMLDetailsElement).open,
      text: element.textContent?.replace(/\s+/g, " ") ?? "",
      links: [...element.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.textContent?.replace(/\s+/g, " ").trim()]),
    }));
    expect(details.open).toBe(true);
    expect(details.text).toContain("Le chiffrement de bout en bout est une sécurité primordiale");
    expect(details.text).toContain("À vérifier :");
    expect(details.links).toEqual([
      ["/points-cles/chiffrement/#comment-verifier", "Comment le vérifier dans votre application : Chiffrement"],
      ["/points-cles/chiffrement/", "Ce point clé en détail : Chiffrement"],
    ]);
    await page.close();
  });

  it("sends no request and stores nothing after the page has loaded, whatever the reader does", async () => {
    const page = await session.open(PATH);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await press(page, "[data-self-check-submit]");
    await press(page, "[data-error-for]:not([hidden]) a");
    await page.keyboard.press("Space");
    for (const [id, answer] of answers) await press(page, `#${id}-${answer}`);
    await press(page, "[data-self-check-submit]");
    await press(page, '[data-criterion="chiffrement"] summary');
    await press(page, "[data-self-check-reset]");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toEqual([]);
    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, url: location.href }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: "", url: `${session.origin}${PATH}` });
    await page.close();
  });

  it("clears the answers, the errors and the result when the reader starts again", async () => {
    const page = await session.open(PATH);
    await press(page, "#q-chiffrement-1-non");
    await press(page, "[data-self-check-submit]");
    await press(page, "[data-self-check-reset]");
    expect(await page.$$eval("input[type=radio]:checked", (inputs) => inputs.length)).toBe(0);
    expect(await isHidden(page, "[data-error-summary]")).toBe(true);
    expect(await page.$$eval("[data-error-message]:not([hidden])", (messages) => messages.length)).toBe(0);
    expect(await focused(page)).toMatchObject({ id: "q-gratuite-de-l-application-1-oui" });
    await page.close();
  });

  it("passes axe with the error summary shown, then with the result shown", async () => {
    const page = await session.open(PATH);
    await press(page, "[data-self-check-submit]");
    expect(await runAxe(page)).toEqual([]);
    for (const [id, answer] of answers) await press(page, `#${id}-${answer}`);
    await press(page, "[data-self-check-submit]");
    expect(await isHidden(page, "[data-self-check-result]")).toBe(false);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it("stays a readable, printable checklist without JavaScript", async () => {
    const page = await session.open(PATH, { javaScript: false });
    const legends = await page.$$eval("fieldset legend .self-check__question", (items) => items.map((item) => item.textContent?.trim()));
    expect(legends).toHaveLength(answers.length);
    expect(legends[3]).toBe("Le chiffrement de bout en bout s’applique-t-il à toutes les conversations, y compris de groupe\u202F?");
    expect(await page.$$eval("fieldset", (fieldsets) => fieldsets.map((fieldset) => fieldset.id))).toEqual(answers.map(([id]) => id));
    expect(await page.$$eval("input[type=radio]", (inputs) => inputs.length)).toBe(answers.length * 3);
    expect(await isHidden(page, "[data-self-check-submit]")).toBe(true);
    expect(await page.$eval("main", (main) => main.textContent)).toContain("rien n’est enregistré ni envoyé");
    expect(await page.$$eval("main h2", (headings) => headings.map((heading) => heading.textContent?.trim()))).toContain("Vos propres réglages");
    const settings = await page.$$eval("[data-setting]", (items) =>
      items.map((item) => ({
        why: item.querySelector(".self-check__setting-why")?.textContent ?? "",
        link: [...item.querySelectorAll("a")].map((a) => [a.textContent ?? "", a.getAttribute("href")]),
      })),
    );
    expect(settings.map((setting) => squash(setting.why)?.startsWith("Pourquoi\u00A0: "))).toEqual(Array(6).fill(true));
    expect(settings.flatMap((setting) => setting.link.map(([text, href]) => [squash(text), href]))).toEqual(settingLinks);
    const visible = (selector: string) => page.$$eval(selector, (items) => items.filter((item) => getComputedStyle(item).display !== "none").length);
    expect(await visible(".self-check__print-hint")).toBe(0);
    expect(await visible(".self-check__setting-why")).toBe(6);
    expect(await visible(".self-check__setting-how .print-only")).toBe(0);
    await page.emulateMediaType("print");
    expect(await visible(".self-check__print-hint")).toBe(6);
    expect(await visible(".self-check__setting-why")).toBe(6);
    expect(await visible(".self-check__setting-how")).toBe(6);
    const printedUrls = await page.$$eval(".self-check__setting-how .print-only", (spans) =>
      spans.filter((span) => getComputedStyle(span).display !== "none").map((span) => span.textContent?.trim()),
    );
    expect(printedUrls).toHaveLength(6);
    expect(printedUrls[0]).toMatch(/^\(https?:\/\/[^ ]+\/risques\/piratage\/#s-en-proteger\)$/);
    expect(await visible(".self-check__why")).toBe(0);
    expect(await visible(".site-header")).toBe(0);
    expect(await visible(".self-check__fieldset")).toBe(answers.length);
    await page.close();
  });

  it("loads the page without any console error, CSP violation or failed request", () => {
    expect(session.problems).toEqual([]);
  });
});
