import { beforeAll, describe, expect, it } from "vitest";
import type { SiteGraph } from "../../../src/graph/site-graph.ts";
import { openDataCatalog } from "../../../src/open-data/catalog.ts";
import { openDataFileSchema, openDataNames } from "../../../src/open-data/formats.ts";
import { openDataFile } from "../../../src/open-data/serializers.ts";
import { minimalSiteGraph } from "../../helpers/content-fixture.ts";

let graph: SiteGraph;

beforeAll(async () => {
  graph = await minimalSiteGraph();
});

describe("unit", () => {
  describe("openDataFile", () => {
    it("produces, for each file, data that its own zod format accepts and that JSON can hold", () => {
      for (const name of openDataNames) {
        const file = openDataFile(name, graph);
        expect(() => openDataFileSchema(name).parse(file), name).not.toThrow();
        expect(JSON.parse(JSON.stringify(file)), name).toEqual(file);
      }
    });

    it("states the licence, the publisher, the source page and the schema in the envelope", () => {
      const file = openDataFile("risques", graph);
      expect(file).toMatchObject({
        $schema: "https://test.fr/api/risques.schema.json",
        title: "Risques",
        publisher: "Éditeur de test",
        licence: { name: "Licence de test", url: "https://test.fr/licence" },
        source: "https://test.fr/risques/",
        count: 2,
      });
    });

    it("gives text fields French no-break spaces, HTML fields included, and leaves ids and addresses alone", () => {
      const asked = { ...graph, terms: graph.terms.map((term, index) => (index === 0 ? { ...term, short: "Quoi ? Ceci : cela", bodyHtml: "<p>Voir : <code>a : b</code></p>" } : term)) };
      const [first] = openDataFile("lexique", asked).items;
      expect(first).toMatchObject({ short: "Quoi\u202F? Ceci\u00A0: cela", definitionHtml: "<p>Voir\u00A0: <code>a : b</code></p>", id: "chiffrement", url: "https://test.fr/lexique/chiffrement/" });
    });

    it("writes the graph's two-way relations as ids, without the circular references", () => {
      const [chiffrement] = openDataFile("lexique", graph).items;
      expect(chiffrement).toEqual({
        id: "chiffrement",
        term: "Chiffrement",
        lang: null,
        url: "https://test.fr/lexique/chiffrement/",
        category: { id: "chiffrement", label: "Chiffrement et authentification" },
        short: "Procédé qui rend un message illisible sans la bonne clé.",
        definitionHtml: "<p>Le chiffrement transforme un message. &lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
        exampleHtml: null,
        adviceHtml: "<p>Préférez les applications qui chiffrent par défaut.</p>\n",
        otherNames: [],
        englishNames: [],
        improperNames: [],
        searchSpellings: ["chiffré"],
        reviewed: "2026-12-02",
        seeAlso: ["chiffrement-de-bout-en-bout"],
        help: [],
        risks: ["piratage"],
        fiches: ["demo"],
      });
      const vol = openDataFile("risques", graph).items.find((risk) => risk.id === "vol");
      expect(vol).toMatchObject({ parent: "piratage", subRisks: [], criteria: ["premier", "second"], fiches: ["demo"] });
      expect(vol).toMatchObject({
        protect: ["Verrouillez votre téléphone.", "Masquez les messages sur l’écran verrouillé.", "Faites le tri dans vos applications."],
        ifItHappened: ["Déconnectez les appareils inconnus.", "Prévenez les personnes concernées."],
        report: ["Gardez des captures d’écran.", "Portez plainte."],
      });
      const piratage = openDataFile("risques", graph).items.find((risk) => risk.id === "piratage");
      expect(piratage?.protect[2]).toBe("Ne donnez jamais un code reçu par SMS.");
    });

    it("gives a fiche's outline with absolute anchors and the key points it presents", () => {
      const demo = openDataFile("fiches", graph).items.find((fiche) => fiche.id === "demo")!;
      expect(demo.contents[1]).toEqual({
        text: "Les points",
        url: "https://test.fr/fiches/demo/#les-points",
        children: [
          { text: "Premier point", url: "https://test.fr/fiches/demo/#premier-point" },
          { text: "Second point", url: "https://test.fr/fiches/demo/#second-point" },
        ],
      });
      expect(demo).toMatchObject({ updated: "2026-01-15", pdfUrl: "https://test.fr/pdf/demo.pdf", criteria: ["premier", "second"], risks: ["piratage", "vol"] });
    });

    it("publishes each key point's questions, how to check it and its takeaway as plain text, with the terms it names", () => {
      const [premier] = openDataFile("criteres", graph).items;
      expect(premier).toMatchObject({
        id: "premier",
        order: 1,
        questions: ["Le premier point est-il respecté\u202F?", "Le premier point est-il respecté partout\u202F?"],
        howToCheck: ["Ouvrez les réglages de l’application.", "Lisez la fiche de confidentialité."],
        takeaway: "le premier point.",
        risks: ["piratage", "vol"],
        terms: ["chiffrement-de-bout-en-bout"],
      });
    });

    it("publishes each help service with digits-only numbers, its anchor on the help page and who cites it", () => {
      const [ecoute, sms] = openDataFile("aide", graph).items;
      expect(ecoute).toEqual({
        id: "ligne-d-ecoute",
        name: "Ligne d’écoute de test",
        url: "https://test.fr/aide/#ligne-d-ecoute",
        purpose: "Écouter et orienter les victimes de test.",
        notFor: "Ce n’est pas un service d’urgence.",
        audience: "Tout le monde",
        situations: [
          { id: "urgence", label: "Je suis en danger immédiat" },
          { id: "harcelement", label: "Je suis harcelé ou harcelée en ligne" },
        ],
        contact: { phone: { number: "0805805817", display: "0\u00A0805\u00A0805\u00A0817" }, sms: null, web: "https://www.example.fr/ecoute" },
        cost: "Gratuit",
        hours: "7 j/7, de 9 h à 23 h",
        checked: "2026-12-02",
        sources: ["https://www.example.fr/source", "https://www.example.fr/autre-source"],
        risks: ["piratage"],
        terms: ["hameconnage"],
      });
      expect(sms).toMatchObject({ id: "signalement-sms", contact: { phone: null, sms: { number: "33700", display: "33700" }, web: null }, notFor: null, cost: null, hours: null });
      const hameconnage = openDataFile("lexique", graph).items.find((term) => term.id === "hameconnage");
      expect(hameconnage?.help).toEqual(["signalement-sms", "ligne-d-ecoute"]);
      expect(openDataFile("risques", graph).items.find((risk) => risk.id === "piratage")?.help).toEqual(["ligne-d-ecoute"]);
    });

    it("makes the site's own links absolute in HTML fragments", () => {
      const term = graph.terms.find((t) => t.id === "hameconnage")!;
      const changed = { ...graph, terms: [{ ...term, bodyHtml: '<p>Voir <a href="/lexique/chiffrement/">chiffrement</a>.</p>' }] };
      expect(openDataFile("lexique", changed).items[0]!.definitionHtml).toBe('<p>Voir <a href="https://test.fr/lexique/chiffrement/">chiffrement</a>.</p>');
    });
  });

  describe("openDataCatalog", () => {
    it("lists the five files with their schema and their number of items", () => {
      expect(openDataCatalog(graph).map(({ name, url, schemaUrl, count }) => ({ name, url, schemaUrl, count }))).toEqual([
        { name: "fiches", url: "/api/fiches.json", schemaUrl: "/api/fiches.schema.json", count: 2 },
        { name: "lexique", url: "/api/lexique.json", schemaUrl: "/api/lexique.schema.json", count: 3 },
        { name: "risques", url: "/api/risques.json", schemaUrl: "/api/risques.schema.json", count: 2 },
        { name: "criteres", url: "/api/criteres.json", schemaUrl: "/api/criteres.schema.json", count: 2 },
        { name: "aide", url: "/api/aide.json", schemaUrl: "/api/aide.schema.json", count: 2 },
      ]);
    });
  });
});
