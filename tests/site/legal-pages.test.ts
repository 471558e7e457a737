import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { applyFrenchSpacing } from "../../src/text/french-typography.ts";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { repoRoot } from "../helpers/content-fixture.ts";

/**
 * The three pages the law asks for, read in the built site and checked against content/site.yaml
 * (parsed without the site's code): each fails if a required element goes missing.
 */
interface Site {
  name: string;
  publisher: { name: string; legalForm: string; address: string; phone: string; siren?: string; registry?: string; capital?: string };
  publicationDirector: string;
  host: { name: string; address: string; phone: string };
  contact: { email: string; page?: string };
  licence: { name: string; url: string };
  source: { title: string; author: string; url: string; licence: string };
  privacy: { serverLogRetentionDays: number };
}

let site: Site;
let cnilWeb: string;
const pages = new Map<string, { html: string; text: string }>();

/** Typography may put no-break spaces anywhere; compare words, not spaces. */
const words = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, " ").trim();
const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": "\u00A0" };

/** The visible words of `<main>`, one space between blocks. */
function visibleText(html: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(html)![0];
  return words(main.replace(/<[^>]+>/g, " ").replace(/&[a-z0-9#]+;/g, (entity) => entities[entity] ?? entity)).replace(/ ([.,])/g, "$1");
}

/** The `<dd>` that follows a `<dt>` in a section of the page, between its heading and the next. */
function fact(html: string, heading: string, label: string): string | undefined {
  const section = html.slice(html.indexOf(`<h2>${heading}</h2>`)).split(/<h2>/)[1] ?? "";
  return new RegExp(`<dt>${label}</dt><dd>([^<]*)</dd>`).exec(section)?.[1];
}

/** A site.yaml value as the page shows it: French spacing, then HTML escaping. */
const escapeHtml = (text: string) => applyFrenchSpacing(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

beforeAll(async () => {
  const siteDir = await builtSiteDir();
  site = parseYaml(await readFile(path.join(repoRoot, "content/site.yaml"), "utf8")) as Site;
  cnilWeb = (parseYaml(await readFile(path.join(repoRoot, "content/aide/cnil-plainte.yaml"), "utf8")) as { contact: { web: string } }).contact.web;
  for (const page of ["mentions-legales", "confidentialite", "accessibilite"]) {
    const html = await readFile(path.join(siteDir, page, "index.html"), "utf8");
    pages.set(page, { html, text: visibleText(html) });
  }
});

describe("site", () => {
  describe("mentions légales", () => {
    it("cite the LCEN article in force since the SREN law (article 1-1)", () => {
      expect(pages.get("mentions-legales")!.text).toContain("article 1-1 de la loi n o 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique");
    });

    it("give the publisher's name, legal form, address and phone, and the SIREN only when site.yaml has one", () => {
      const { html } = pages.get("mentions-legales")!;
      expect(fact(html, "Éditeur", "Nom ou raison sociale")).toBe(escapeHtml(site.publisher.name));
      expect(fact(html, "Éditeur", "Forme juridique")).toBe(escapeHtml(site.publisher.legalForm));
      expect(fact(html, "Éditeur", "Adresse")).toBe(escapeHtml(site.publisher.address));
      expect(fact(html, "Éditeur", "Téléphone")).toBe(escapeHtml(site.publisher.phone));
      expect(fact(html, "Éditeur", "Numéro SIREN")).toBe(site.publisher.siren === undefined ? undefined : escapeHtml(site.publisher.siren));
      expect(fact(html, "Éditeur", "Immatriculation")).toBe(site.publisher.registry === undefined ? undefined : escapeHtml(site.publisher.registry));
    });

    it("name the publication director and give the host's name, address and phone", () => {
      const { html, text } = pages.get("mentions-legales")!;
      expect(text).toContain(`Directeur ou directrice de la publication ${words(site.publicationDirector)}`);
      expect(fact(html, "Hébergeur", "Nom ou raison sociale")).toBe(escapeHtml(site.host.name));
      expect(fact(html, "Hébergeur", "Adresse")).toBe(escapeHtml(site.host.address));
      expect(fact(html, "Hébergeur", "Téléphone")).toBe(escapeHtml(site.host.phone));
    });

    it("give a contact address, and credit the original fiche (title, author, address, licence) apart from the site's licence", () => {
      const { html, text } = pages.get("mentions-legales")!;
      expect(html).toContain(`<a href="mailto:${site.contact.email}">`);
      for (const value of [site.source.title, site.source.author, site.source.url, site.source.licence]) expect(text).toContain(words(value));
      if (site.source.url.startsWith("https://")) expect(html).toContain(`<a href="${escapeHtml(site.source.url)}">`);
      expect(html).toContain(`<a href="${escapeHtml(site.licence.url)}">${escapeHtml(site.licence.name)}</a>`);
      expect(text).toContain("reste soumis à sa propre licence");
      expect(html).toContain('<a href="/confidentialite/">');
    });
  });

  describe("confidentialité", () => {
    it("says that a search puts the words in the page address, kept in the browser history and the server log", () => {
      const { text } = pages.get("confidentialite")!;
      expect(text).toContain("les mots que vous cherchez s’inscrivent dans l’adresse de la page de résultats");
      expect(text).toContain("/recherche/?q=");
      expect(text).toContain("l’historique de votre navigateur");
      expect(text).toContain("les mots cherchés figurent alors dans son journal des connexions");
      expect(text).not.toMatch(/n’est envoyé nulle part/);
    });

    it("names the data controller, the purpose, the legal basis, the retention from site.yaml and the recipients", () => {
      const { text } = pages.get("confidentialite")!;
      expect(text).toContain(`Responsable du traitement : ${words(site.publisher.name)}, éditeur du site`);
      expect(text).toContain("Finalité : assurer la sécurité");
      expect(text).toContain("Base légale : l’intérêt légitime de l’éditeur");
      expect(text).toContain("article 6, paragraphe 1, point f, du règlement général sur la protection des données");
      expect(text).toContain(`Durée de conservation : ${site.privacy.serverLogRetentionDays} jours`);
      expect(text).toContain(`Destinataires : l’éditeur et l’hébergeur, ${words(site.host.name)}`);
    });

    it("lists the reader's rights, how to exercise them, and the CNIL help service with its checked contact", () => {
      const { html, text } = pages.get("confidentialite")!;
      for (const right of ["d’y accéder", "rectifier", "effacer", "limiter", "vous opposer"]) expect(text).toContain(right);
      expect(text).toContain("articles 15 à 21 du RGPD");
      expect(html).toContain(`<a href="mailto:${site.contact.email}">`);
      expect(text).toContain("réclamation à la Commission nationale de l’informatique et des libertés (CNIL)");
      expect(html).toContain('<a href="/aide/#cnil-plainte">');
      expect(html).toContain(`<a href="${cnilWeb}">`);
    });
  });

  describe("déclaration d’accessibilité", () => {
    it("says what the automatic tests check and how, besides the audit", () => {
      const { text } = pages.get("accessibilite")!;
      for (const tool of ["pa11y-ci", "axe-core", "HTML_CodeSniffer", "html-validate", "Chromium", "WCAG 2 AA"]) expect(text).toContain(tool);
      for (const check of ["chaque page du plan du site", "thème clair puis en thème sombre", "320 pixels", "au clavier seul", "sans JavaScript"]) expect(text).toContain(check);
      expect(text).toContain("Ces tests ne remplacent pas l’audit");
      expect(text).not.toMatch(/aucune non-conformité n’est connue|aucune connue/i);
    });

    it("keeps the contact and the remedies with the Défenseur des droits", () => {
      const { html, text } = pages.get("accessibilite")!;
      expect(html).toContain(`<a href="mailto:${site.contact.email}">`);
      expect(text).toContain("Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07");
    });
  });
});
