import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load-content.ts";
import { buildSiteGraph, indexLetter, splitTrailingPunctuation, type SiteGraph } from "../../../src/graph/site-graph.ts";
import { pageToc } from "../../../src/graph/fiches.ts";
import { firstSentence } from "../../../src/graph/risks.ts";
import { minimalContentDir, minimalSiteGraph, repoRoot } from "../../helpers/content-fixture.ts";

let graph: SiteGraph;

beforeAll(async () => {
  graph = await minimalSiteGraph();
});

describe("unit", () => {
  describe("buildSiteGraph", () => {
    it("sorts glossary terms the French way and groups them by letter", () => {
      expect(graph.terms.map((term) => term.title)).toEqual(["Chiffrement", "Chiffrement de bout en bout", "Hameçonnage"]);
      expect(graph.letters.map((group) => [group.letter, group.terms.length])).toEqual([
        ["C", 2],
        ["H", 1],
      ]);
    });

    it("links risks, criteria and terms in both directions", () => {
      const piratage = graph.risks.find((risk) => risk.id === "piratage")!;
      expect(piratage.subRisks.map((risk) => risk.id)).toEqual(["vol"]);
      expect(piratage.subRisks[0]!.parent).toBe(piratage);
      expect(piratage.criteria.map((criterion) => criterion.id)).toEqual(["premier"]);
      const second = graph.criteria.find((criterion) => criterion.id === "second")!;
      expect(second.risks.map((risk) => risk.id)).toEqual(["vol"]);
      const chiffrement = graph.terms.find((term) => term.id === "chiffrement")!;
      expect(chiffrement.risks.map((risk) => risk.id)).toEqual(["piratage"]);
    });

    it("renders a risk's steps once, in the editors' order, as inline HTML and as plain text", () => {
      const piratage = graph.risks.find((risk) => risk.id === "piratage")!;
      expect(piratage.protect.map((step) => step.html)).toEqual([
        "Installez les mises à jour.",
        "Activez la validation en deux étapes.",
        "Ne donnez <em>jamais</em> un code reçu par SMS.",
      ]);
      expect(piratage.protect[2]!.text).toBe("Ne donnez jamais un code reçu par SMS.");
      const vol = graph.risks.find((risk) => risk.id === "vol")!;
      expect(vol.report).toEqual([
        { html: "Gardez des captures d’écran.", text: "Gardez des captures d’écran." },
        { html: "Portez plainte.", text: "Portez plainte." },
      ]);
      expect([piratage.ifItHappened.length, vol.ifItHappened.length]).toEqual([2, 2]);
    });

    it("links help services to the risks and terms that cite them, both ways, and files them by situation", () => {
      const ecoute = graph.helpServices.find((service) => service.id === "ligne-d-ecoute")!;
      const sms = graph.helpServices.find((service) => service.id === "signalement-sms")!;
      expect(graph.helpServices.map((service) => service.id)).toEqual(["ligne-d-ecoute", "signalement-sms"]);
      expect(graph.risks.find((risk) => risk.id === "piratage")!.help).toEqual([ecoute]);
      expect(graph.terms.find((term) => term.id === "hameconnage")!.help).toEqual([sms, ecoute]);
      expect(ecoute.risks.map((risk) => risk.id)).toEqual(["piratage"]);
      expect(ecoute.terms.map((term) => term.id)).toEqual(["hameconnage"]);
      expect(graph.helpSituations.map((situation) => [situation.id, situation.services.map((s) => s.id), situation.shownAbove.map((s) => s.id)])).toEqual([
        ["urgence", ["ligne-d-ecoute"], []],
        ["sms-suspect", ["signalement-sms"], []],
        ["harcelement", [], ["ligne-d-ecoute"]],
      ]);
      expect(graph.pages["/aide/"]).toMatchObject({ title: "Obtenir de l’aide", breadcrumbTitle: "Aide", inSitemap: true });
      expect(graph.pages["/aide/"]!.navigation.footer.find((item) => item.url === "/aide/")!.current).toBe("page");
    });

    it("records which fiches mention a risk and use a term", () => {
      const demo = graph.fiches.find((fiche) => fiche.id === "demo")!;
      expect(demo.risks.map((risk) => risk.id)).toEqual(["piratage", "vol"]);
      expect(demo.usedTerms.map((term) => term.id)).toEqual(["chiffrement", "chiffrement-de-bout-en-bout"]);
      const term = graph.terms.find((t) => t.id === "chiffrement-de-bout-en-bout")!;
      expect(term.fiches.map((fiche) => fiche.url)).toEqual(["/fiches/demo/"]);
    });

    it("builds a table of contents from level-2 headings, with our risks heading and the criteria below them", () => {
      const demo = graph.fiches.find((fiche) => fiche.id === "demo")!;
      expect(demo.toc).toEqual([
        { id: "une-question", text: "Une question\u202F?", children: [{ id: "les-risques", text: "Les risques", children: [] }] },
        {
          id: "les-points",
          text: "Les points",
          children: [
            { id: "premier-point", text: "Premier point", children: [] },
            { id: "second-point", text: "Second point", children: [] },
          ],
        },
      ]);
    });

    it("gives the fiche's list of risks a heading of ours, screen only, before the sentence that introduces it or else before the list", () => {
      const demo = graph.fiches.find((fiche) => fiche.id === "demo")!;
      const index = demo.sections.findIndex((section) => section.type === "risks");
      expect(demo.sections[index - 1]).toEqual({ type: "heading", level: 3, id: "les-risques", text: "Les risques", html: "Les risques", added: true });
      expect(demo.sections.filter((section) => section.type === "heading" && section.added)).toHaveLength(1);
    });

    it("puts the heading of the risks before the prose that introduces the list", async () => {
      const content = await loadContent({ contentDir: minimalContentDir, rootDir: repoRoot });
      const fiche = content.fiches.find((item) => item.id === "demo")!;
      const risks = fiche.sections.findIndex((section) => section.type === "risks");
      fiche.sections.splice(risks, 0, { type: "prose", markdown: "Les risques et dangers : parmi lesquels :" });
      const sections = buildSiteGraph(content).fiches.find((item) => item.id === "demo")!.sections;
      const heading = sections.findIndex((section) => section.type === "heading" && section.added);
      expect(sections.slice(heading + 1, heading + 3).map((section) => section.type)).toEqual(["prose", "risks"]);
    });

    it("adds to the Sommaire of a fiche page its glossary definitions and its risk / key point mapping, after the text's outline", () => {
      const demo = graph.fiches.find((fiche) => fiche.id === "demo")!;
      expect(demo.pageToc.slice(0, demo.toc.length)).toEqual(demo.toc);
      expect(demo.pageToc.slice(demo.toc.length)).toEqual([
        { id: "lexique-de-la-fiche", text: "Les mots du lexique dans cette fiche", children: [] },
        { id: "points-contre-risques", text: "Quels points clés protègent de quels risques\u202F?", children: [] },
      ]);
      expect(pageToc({ toc: [], usedTerms: [], risks: [] })).toEqual([]);
    });

    it("offers a fiche page's reader a skip link to its glossary definitions, after the two every page has", () => {
      expect(graph.pages["/fiches/demo/"]!.skipLinks).toEqual([
        { href: "#contenu", label: "Aller au contenu" },
        { href: "#recherche-site", label: "Aller à la recherche" },
        { href: "#lexique-de-la-fiche", label: "Aller aux mots du lexique" },
      ]);
      expect(graph.pages["/risques/"]!.skipLinks.map((link) => link.href)).toEqual(["#contenu", "#recherche-site"]);
    });

    it("links each risk to the previous and next in the fiches' order (sub-risks after their parent), and each key point in rank order", () => {
      expect(graph.riskOrder.map((risk) => risk.id)).toEqual(["piratage", "vol"]);
      const [piratage, vol] = graph.riskOrder;
      expect(piratage!.neighbours).toEqual({ previous: undefined, next: { url: "/risques/vol/", title: "Vol de données", titleHtml: "Vol de données", lang: undefined } });
      expect(vol!.neighbours.previous?.url).toBe("/risques/piratage/");
      expect(vol!.neighbours.next).toBeUndefined();
      const [premier, second] = graph.criteria;
      expect([premier!.neighbours.previous, premier!.neighbours.next?.url]).toEqual([undefined, "/points-cles/second/"]);
      expect([second!.neighbours.previous?.url, second!.neighbours.next]).toEqual(["/points-cles/premier/", undefined]);
    });

    it("gives each risk and key point its pictogram, and each risk the first sentence of its description for its card", () => {
      expect(graph.risks.map((risk) => [risk.id, risk.icon])).toEqual([
        ["piratage", "cadenas-ouvert"],
        ["vol", "fichier-emporte"],
      ]);
      expect(graph.criteria.map((criterion) => criterion.icon)).toEqual(["cadenas", "document"]);
      expect(firstSentence("Un message vous presse. Il arrive souvent d'un inconnu.")).toBe("Un message vous presse.");
      expect(firstSentence("Pas de point final")).toBe("Pas de point final");
      expect(firstSentence("Un lien (etc. compris) piégé ? Oui.")).toBe("Un lien (etc. compris) piégé ?");
    });

    it("keeps list punctuation out of risk links", () => {
      const demo = graph.fiches.find((fiche) => fiche.id === "demo")!;
      const risks = demo.sections.find((section) => section.type === "risks");
      expect(risks?.type === "risks" && risks.items[0]).toMatchObject({ html: "Piratage", trailing: "\u00A0:" });
    });

    it("gives each key point its self-check questions, numbered across points, how to check it and the glossary terms its text names", () => {
      const [premier, second] = graph.criteria;
      expect(premier).toMatchObject({ takeaway: "le premier point.", howToCheckUrl: "/points-cles/premier/#comment-verifier" });
      expect(premier!.questions).toEqual([
        { id: "q-premier-1", number: 1, text: "Le premier point est-il respecté\u202F?", html: "Le premier point est-il respecté\u202F?" },
        { id: "q-premier-2", number: 2, text: "Le premier point est-il respecté partout\u202F?", html: "Le premier point est-il respecté partout\u202F?" },
      ]);
      expect(second!.questions.map((question) => [question.id, question.number])).toEqual([["q-second-1", 3]]);
      expect(graph.questionCount).toBe(3);
      expect(premier!.howToCheck.map((line) => line.text)).toEqual(["Ouvrez les réglages de l’application.", "Lisez la fiche de confidentialité."]);
      expect(premier!.terms.map((term) => term.id)).toEqual(["chiffrement-de-bout-en-bout"]);
      expect(second!.terms).toEqual([]);
    });

    it("orders top-level risks as the fiches list them", () => {
      expect(graph.rootRisks.map((risk) => risk.id)).toEqual(["piratage"]);
    });

    it("sends a reader of a sub-risk no fiche names to the fiches of its parent", async () => {
      const content = await loadContent({ contentDir: minimalContentDir, rootDir: repoRoot });
      for (const fiche of content.fiches) {
        for (const section of fiche.sections) if (section.type === "risks") for (const item of section.items) item.items = [];
      }
      const withoutVol = buildSiteGraph(content);
      const vol = withoutVol.risks.find((risk) => risk.id === "vol")!;
      expect(vol.fiches).toEqual([]);
      expect(vol.fichesToRead.map((fiche) => fiche.id)).toEqual(["demo"]);
      expect(graph.risks.find((risk) => risk.id === "vol")!.fichesToRead.map((fiche) => fiche.id)).toEqual(["demo"]);
    });

    it("describes every page: title, window title, breadcrumbs and canonical address", () => {
      expect(graph.pages["/"]).toMatchObject({ documentTitle: "Accueil — Site de test", breadcrumbs: [], canonicalUrl: "https://test.fr/" });
      expect(graph.pages["/lexique/chiffrement/"]).toMatchObject({
        title: "Chiffrement",
        documentTitle: "Chiffrement — Lexique — Site de test",
        breadcrumbs: [
          { url: "/", title: "Accueil" },
          { url: "/lexique/", title: "Lexique" },
        ],
      });
      expect(graph.pages["/risques/vol/"]!.breadcrumbs.at(-1)).toEqual({ url: "/risques/piratage/", title: "Piratage" });
      expect(graph.pages["/fiches/demo/"]).toMatchObject({ scripts: ["/assets/js/print-button.js"], printStyles: ["/assets/css/impression-fiche.css", "/fiches/demo/impression.css"] });
    });

    it("gives page titles, window titles and descriptions French no-break spaces, whatever their source", () => {
      expect(graph.pages["/ma-messagerie-est-elle-sure/"]).toMatchObject({ title: "Ma messagerie est-elle sûre\u202F?", documentTitle: "Ma messagerie est-elle sûre\u202F? — Site de test" });
      for (const meta of Object.values(graph.pages)) {
        for (const text of [meta.title, meta.documentTitle, meta.description, meta.breadcrumbTitle]) expect(text, meta.url).not.toMatch(/ [:;!?»]|« /);
      }
    });

    it("counts the key points from the content, never from a typed number", () => {
      expect(graph.pages["/points-cles/"]!.title).toBe("Les 2 points clés");
      expect(graph.pages["/points-cles/premier/"]!.breadcrumbs.at(-1)).toEqual({ url: "/points-cles/", title: "Les 2 points clés" });
      expect(graph.pages["/"]!.navigation.main.map((item) => item.label)).toContain("Les 2 points clés");
    });

    it("lists in the sitemap every page but the 404 page, as absolute addresses", () => {
      expect(graph.sitemap).toContain("https://test.fr/lexique/hameconnage/");
      expect(graph.sitemap).not.toContain("https://test.fr/404.html");
      expect(graph.sitemap).toHaveLength(Object.keys(graph.pages).length - 1);
    });

    it("prints the full address of a fiche another fiche cites", () => {
      const demo = graph.fiches.find((fiche) => fiche.id === "demo")!;
      const reference = demo.sections.find((section) => section.type === "ficheReference");
      expect(reference?.type === "ficheReference" && reference.printedUrl).toBe("https://test.fr/fiches/autre/");
    });
  });

  describe("indexLetter", () => {
    it("files accented letters under their base letter and digits together", () => {
      expect(indexLetter("Échange de SIM")).toBe("E");
      expect(indexLetter("2FA")).toBe("0–9");
    });
  });

  describe("splitTrailingPunctuation", () => {
    it("separates the sheet's list punctuation from the words", () => {
      expect(splitTrailingPunctuation("Piratage :")).toEqual({ words: "Piratage", trailing: " :" });
      expect(splitTrailingPunctuation("vol d'identité,")).toEqual({ words: "vol d'identité", trailing: "," });
      expect(splitTrailingPunctuation("sans")).toEqual({ words: "sans", trailing: "" });
    });
  });
});
