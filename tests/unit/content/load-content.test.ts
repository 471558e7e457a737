import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentValidationError, formatContentError } from "../../../src/content/content-error.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { copyMinimalContent, minimalContentDir, repoRoot } from "../../helpers/content-fixture.ts";

type Fixture = Awaited<ReturnType<typeof copyMinimalContent>>;
let fixture: Fixture | undefined;

afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

/** Applies `change` to a valid content copy and returns every error, formatted as editors see it. */
async function errorsAfter(change: (fixture: Fixture) => Promise<void>, production = false): Promise<string[]> {
  fixture = await copyMinimalContent();
  await change(fixture);
  try {
    await loadContent({ contentDir: fixture.contentDir, rootDir: fixture.root, production });
  } catch (error) {
    if (error instanceof ContentValidationError) return error.errors.map(formatContentError).sort();
    throw error;
  }
  return [];
}

/** A term file; the required `reviewed` date is added unless the test writes its own. */
const TERM = (front: string, body = "Une définition.") =>
  `---\n${front}${/^reviewed:/m.test(front) ? "" : "\nreviewed: 2026-12-02"}\n---\n${body}\n`;
/** The three step lists a risk needs, each at its minimum length, to append to a risk file. */
/** A key point's valid questions and how-to-check lines, to put in a criterion's front matter. */
const CRITERION_CHECKS = "icon: cadenas\nquestions: [Le point est-il respecté ?]\nhowToCheck: [Ouvrez les réglages.]\n";
const RISK_STEPS = "icon: hamecon\nprotect: [Un., Deux., Trois.]\nifItHappened: [Un., Deux.]\nreport: [Un.]\n";

describe("unit", () => {
  describe("loadContent", () => {
    it("accepts the minimal fixture and the real content", async () => {
      expect(await errorsAfter(async () => {})).toEqual([]);
      const real = await loadContent({ contentDir: `${repoRoot}/content`, rootDir: repoRoot });
      expect(real.terms.length).toBeGreaterThanOrEqual(60);
      expect(real.criteria.map((item) => item.order).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it("names a missing required field with its file and line", async () => {
      const errors = await errorsAfter((f) =>
        f.write("lexique/virus.md", TERM("term: Virus\ncategory: logiciels-malveillants\nadvice: Mettez à jour.\nseeAlso: [chiffrement]")),
      );
      expect(errors).toEqual([
        "content/lexique/virus.md:2:1 — champ « short » : champ obligatoire manquant ; attendu : un texte",
      ]);
    });

    it("rejects a misspelled key and suggests the right one", async () => {
      const errors = await errorsAfter((f) =>
        f.write(
          "lexique/virus.md",
          TERM("term: Virus\ncategory: logiciels-malveillants\nshort: Un programme nuisible.\nadvice: Mettez à jour.\nseeAslo: [chiffrement]"),
        ),
      );
      expect(errors).toEqual([
        "content/lexique/virus.md:6:1 — champ « seeAslo » : clé inconnue « seeAslo » (vouliez-vous dire « seeAlso » ?) ; clés permises : term, lang, category, short, otherNames, englishNames, improperNames, searchSpellings, reviewed, example, advice, seeAlso, help",
        "content/lexique/virus.md:2:1 — champ « seeAlso » : champ obligatoire manquant ; attendu : une liste de slugs de termes du lexique (une ligne « - … » par élément, ou [a, b])",
      ].sort());
    });

    it("reports a wrong type and an empty text with the value found", async () => {
      const errors = await errorsAfter(async (f) => {
        await f.write("criteres/second.md", `---\norder: deux\ntitle: "  "\ntakeaway: le second point.\n${CRITERION_CHECKS}---\nLe second point.\n`);
      });
      expect(errors).toEqual([
        "content/criteres/second.md:2:1 — champ « order » : valeur trouvée « deux » ; attendu : un nombre entier (1, 2, 3…)",
        "content/criteres/second.md:3:1 — champ « title » : valeur trouvée «    » ; attendu : un texte non vide",
      ]);
    });

    it("rejects a file name that is not a valid slug, and names that collide by accents", async () => {
      const errors = await errorsAfter(async (f) => {
        await f.write("lexique/hameçonnage.md", TERM("term: Hameconnage\ncategory: attaques\nshort: Une arnaque.\nadvice: Méfiance.\nseeAlso: [chiffrement]"));
      });
      expect(errors).toEqual([
        "content/lexique/hameçonnage.md : même nom de fichier que content/lexique/hameconnage.md, à la casse ou aux accents près ; attendu : un identifiant unique",
        "content/lexique/hameçonnage.md — champ « id (nom du fichier) » : valeur trouvée « hameçonnage » ; attendu : un identifiant (slug) en minuscules sans accents, chiffres et tirets simples, par exemple « chiffrement-de-bout-en-bout »",
      ]);
    });

    it("reports two terms whose names differ only by case, accents or a plural", async () => {
      const errors = await errorsAfter((f) =>
        f.write("lexique/hameconnage-bis.md", TERM("term: HAMECONNAGES\ncategory: attaques\nshort: Une arnaque.\nadvice: Méfiance.\nseeAlso: [chiffrement]")),
      );
      expect(errors).toEqual([
        "content/lexique/hameconnage.md:2:1 — champ « term » : valeur trouvée « Hameçonnage » ; même nom que le terme content/lexique/hameconnage-bis.md, aux accents, à la casse ou au pluriel près ; attendu : un nom unique",
      ]);
    });

    it("rejects an impossible date", async () => {
      const errors = await errorsAfter(async (f) => {
        const { readFile } = await import("node:fs/promises");
        const fiche = await readFile(`${f.contentDir}/fiches/autre.yaml`, "utf8");
        await f.write("fiches/autre.yaml", fiche.replace("updated: 2026-01-16", "updated: 2026-02-30"));
      });
      expect(errors).toEqual([
        "content/fiches/autre.yaml:4:1 — champ « updated » : valeur trouvée « 2026-02-30 » ; attendu : une date réelle au format AAAA-MM-JJ, par exemple 2024-05-31",
      ]);
    });

    it("reports every broken reference in one pass", async () => {
      const errors = await errorsAfter(async (f) => {
        await f.write("risques/vol.yaml", `label: Vol de données\navoidedBy: [premier, troisieme]\nterms: [inconnu]\n${RISK_STEPS}`);
        await f.write(
          "lexique/hameconnage.md",
          TERM("term: Hameçonnage\ncategory: attaques\nshort: Une arnaque.\nadvice: Méfiance.\nseeAlso: [hameconnage, chiffrage]"),
        );
        const { readFile } = await import("node:fs/promises");
        const fiche = await readFile(`${f.contentDir}/fiches/demo.yaml`, "utf8");
        await f.write(
          "fiches/demo.yaml",
          fiche.replace("risk: vol\n", "risk: vols\n").replace("fiche: autre", "fiche: absente").replace("items: [premier, second]", "items: [premier, dernier]"),
        );
      });
      expect(errors).toEqual([
        "content/fiches/demo.yaml:28:13 — champ « sections[4].items[0].items[0].risk » : valeur trouvée « vols » ; référence inconnue ; attendu : l’identifiant d’un risque de risques/",
        "content/fiches/demo.yaml:32:5 — champ « sections[5].fiche » : valeur trouvée « absente » ; référence inconnue ; attendu : le slug d’une fiche de fiches/",
        "content/fiches/demo.yaml:38:22 — champ « sections[7].items[1] » : valeur trouvée « dernier » ; référence inconnue ; attendu : l’identifiant d’un point clé de criteres/",
        "content/lexique/hameconnage.md:6:11 — champ « seeAlso[0] » : valeur trouvée « hameconnage » ; renvoi vers soi-même ; attendu : un autre élément",
        "content/lexique/hameconnage.md:6:24 — champ « seeAlso[1] » : valeur trouvée « chiffrage » ; référence inconnue ; attendu : le slug d’un terme du lexique (nom de son fichier sans « .md »)",
        "content/risques/vol.yaml:2:22 — champ « avoidedBy[1] » : valeur trouvée « troisieme » ; référence inconnue ; attendu : l’identifiant d’un point clé (nom de son fichier dans criteres/)",
        "content/risques/vol.yaml:3:9 — champ « terms[0] » : valeur trouvée « inconnu » ; référence inconnue ; attendu : le slug d’un terme du lexique",
      ]);
    });

    it("requires the three step lists of a risk, naming each missing one", async () => {
      const errors = await errorsAfter((f) => f.write("risques/vol.yaml", "label: Vol de données\navoidedBy: [premier]\nicon: hamecon\n"));
      expect(errors).toEqual([
        "content/risques/vol.yaml:1:1 — champ « ifItHappened » : champ obligatoire manquant ; attendu : une liste d’étapes pour « Si c’est arrivé » (une ligne « - … » par étape)",
        "content/risques/vol.yaml:1:1 — champ « protect » : champ obligatoire manquant ; attendu : une liste d’étapes pour « Comment s’en protéger » (une ligne « - … » par étape)",
        "content/risques/vol.yaml:1:1 — champ « report » : champ obligatoire manquant ; attendu : une liste d’étapes pour « Signaler et se faire aider » (une ligne « - … » par étape)",
      ]);
    });

    it("requires a known pictogram on every risk and key point, naming the file, the field and the choices", async () => {
      const choices = "base-de-donnees, bouclier, cadenas, cadenas-ouvert, carte-identite, code, document, etiquette-prix, fichier-emporte, goutte, hamecon, insecte, nuage, oeil, repere";
      const errors = await errorsAfter(async (f) => {
        await f.write("risques/vol.yaml", "label: Vol de données\nprotect: [Un., Deux., Trois.]\nifItHappened: [Un., Deux.]\nreport: [Un.]\n");
        await f.write("criteres/second.md", `---\norder: 2\ntitle: Second point\nicon: poisson\ntakeaway: le second point.\n${CRITERION_CHECKS.replace("icon: cadenas\n", "")}---\nTexte.\n`);
      });
      expect(errors).toEqual([
        `content/criteres/second.md:4:1 — champ « icon » : valeur trouvée « poisson » ; attendu : un pictogramme parmi ${choices}`,
        `content/risques/vol.yaml:1:1 — champ « icon » : champ obligatoire manquant ; attendu : un pictogramme parmi ${choices}`,
      ]);
    });

    it("tells an empty step list from one with too few steps", async () => {
      const errors = await errorsAfter((f) =>
        f.write("risques/vol.yaml", "label: Vol de données\nprotect: []\nifItHappened:\n  - Changez le mot de passe.\nreport: Portez plainte.\nicon: hamecon\n"),
      );
      expect(errors).toEqual([
        "content/risques/vol.yaml:2:1 — champ « protect » : valeur trouvée une liste ; liste vide ; attendu : au moins 3 étapes pour « Comment s’en protéger »",
        "content/risques/vol.yaml:3:1 — champ « ifItHappened » : valeur trouvée une liste ; 1 étape seulement ; attendu : au moins 2 étapes pour « Si c’est arrivé »",
        "content/risques/vol.yaml:5:1 — champ « report » : valeur trouvée « Portez plainte. » ; attendu : une liste d’étapes pour « Signaler et se faire aider » (une ligne « - … » par étape)",
      ]);
    });

    it("rejects an empty step, a step too long and a step without a final period", async () => {
      const sized = (length: number) => `${"Gardez une preuve".padEnd(length - 1, ", puis une autre")}.`;
      const [longest, long] = [sized(200), sized(201)];
      const errors = await errorsAfter((f) =>
        f.write(
          "risques/vol.yaml",
          `label: Vol de données\nprotect:\n  - Verrouillez votre téléphone.\n  - "  "\n  - Faites le tri\nifItHappened: [Un., Deux.]\nreport:\n  - ${long}\n  - ${longest}\nicon: hamecon\n`,
        ),
      );
      expect([longest.length, long.length]).toEqual([200, 201]);
      expect(errors).toEqual([
        "content/risques/vol.yaml:4:5 — champ « protect[1] » : valeur trouvée «    » ; étape vide ; attendu : une phrase à l’impératif, par exemple « Activez la validation en deux étapes. »",
        "content/risques/vol.yaml:5:5 — champ « protect[2] » : valeur trouvée « Faites le tri » ; attendu : une étape terminée par un point",
        "content/risques/vol.yaml:8:5 — champ « report[0] » : valeur trouvée « Gardez une preuve, puis une autre, puis une autre, puis u… » ; étape trop longue (201 caractères) ; attendu : 200 caractères au plus, ou deux étapes",
      ]);
    });

    it("requires a key point's questions and how-to-check lines, and names the old single « question »", async () => {
      const errors = await errorsAfter((f) =>
        f.write("criteres/second.md", "---\norder: 2\ntitle: Second point\ntakeaway: le second point.\nquestion: Le second point est-il respecté ?\nicon: document\n---\nTexte.\n"),
      );
      expect(errors).toEqual([
        "content/criteres/second.md:2:1 — champ « howToCheck » : champ obligatoire manquant ; attendu : une liste de 1 à 3 lignes pour « Comment vérifier dans votre application » (une ligne « - … » par élément)",
        "content/criteres/second.md:2:1 — champ « questions » : champ obligatoire manquant ; attendu : une liste de 1 à 3 questions pour « Ma messagerie est-elle sûre ? » (une ligne « - … » par élément)",
        "content/criteres/second.md:5:1 — champ « question » : clé inconnue « question » (vouliez-vous dire « questions » ?) ; clés permises : order, title, icon, takeaway, questions, howToCheck",
      ]);
    });

    it("rejects empty and overlong lists of questions and how-to-check lines", async () => {
      const errors = await errorsAfter((f) =>
        f.write(
          "criteres/second.md",
          "---\norder: 2\ntitle: Second point\ntakeaway: le second point.\nquestions: [Un ?, Deux ?, Trois ?, Quatre ?]\nhowToCheck: []\nicon: document\n---\nTexte.\n",
        ),
      );
      expect(errors).toEqual([
        "content/criteres/second.md:5:1 — champ « questions » : valeur trouvée une liste ; 4 questions, c’est trop ; attendu : 1 à 3 questions pour « Ma messagerie est-elle sûre ? »",
        "content/criteres/second.md:6:1 — champ « howToCheck » : valeur trouvée une liste ; liste vide ; attendu : 1 à 3 lignes pour « Comment vérifier dans votre application »",
      ]);
    });

    it("rejects a question without « ? », an empty how-to-check line, one too long and one without a final period", async () => {
      const sized = (length: number) => `${"Ouvrez les réglages".padEnd(length - 1, ", puis la page suivante")}.`;
      const [longest, long] = [sized(200), sized(201)];
      const errors = await errorsAfter((f) =>
        f.write(
          "criteres/second.md",
          `---\norder: 2\ntitle: Second point\ntakeaway: le second point.\nquestions:\n  - Le point est respecté.\n  - "  "\nhowToCheck:\n  - "  "\n  - ${long}\n  - Lisez la politique\nicon: document\n---\nTexte.\n`,
        ),
      );
      expect([longest.length, long.length]).toEqual([200, 201]);
      expect(errors).toEqual([
        "content/criteres/second.md:10:5 — champ « howToCheck[1] » : valeur trouvée « Ouvrez les réglages, puis la page suivante, puis la page … » ; ligne trop longue (201 caractères) ; attendu : 200 caractères au plus, ou deux lignes",
        "content/criteres/second.md:11:5 — champ « howToCheck[2] » : valeur trouvée « Lisez la politique » ; attendu : une ligne terminée par un point",
        "content/criteres/second.md:6:5 — champ « questions[0] » : valeur trouvée « Le point est respecté. » ; attendu : une question, terminée par « ? »",
        "content/criteres/second.md:7:5 — champ « questions[1] » : valeur trouvée «    » ; question vide ; attendu : une question sur l’application, terminée par « ? »",
        "content/criteres/second.md:9:5 — champ « howToCheck[0] » : valeur trouvée «    » ; ligne vide ; attendu : une phrase courte qui dit où regarder, par exemple « Ouvrez les réglages de confidentialité. »",
      ].sort());
      const accepted = await errorsAfter((f) =>
        f.write("criteres/second.md", `---\norder: 2\ntitle: Second point\ntakeaway: le second point.\nquestions: [Un ?, Deux ?, Trois ?]\nhowToCheck:\n  - ${longest}\nicon: document\n---\nTexte.\n`),
      );
      expect(accepted).toEqual([]);
    });

    it("rejects a help service with a bad phone number, an http:// address, an unknown situation or empty lists", async () => {
      const errors = await errorsAfter((f) =>
        f.write(
          "aide/service.yaml",
          [
            "name: Service de test",
            "purpose: Aider.",
            "audience: Tout le monde",
            "situations: [arnaque, piratage]",
            "contact:",
            "  phone: \"08 05 80\"",
            "  sms: 33700",
            "  web: http://www.example.fr/aide",
            "checked: 2026-12-02",
            "sources: []",
            "",
          ].join("\n"),
        ),
      );
      expect(errors).toEqual([
        "content/aide/service.yaml:10:1 — champ « sources » : valeur trouvée une liste ; liste vide ; attendu : au moins une source",
        "content/aide/service.yaml:4:23 — champ « situations[1] » : valeur trouvée « piratage » ; situation inconnue ; attendu : une situation parmi urgence, compte-pirate, arnaque, carte-bancaire, sms-suspect, courriel-indesirable, harcelement, violences, contenu-illegal, telephone-vole, donnees-personnelles",
        "content/aide/service.yaml:6:3 — champ « contact.phone » : valeur trouvée « 08 05 80 » ; numéro non reconnu ; attendu : un numéro à appeler, numéro court ou numéro français à 10 chiffres commençant par 0, par exemple « 17 », « 112 », « 3018 », « 33700 », « 116 006 » ou « 0 805 805 817 »",
        "content/aide/service.yaml:7:3 — champ « contact.sms » : valeur trouvée 33700 ; attendu : un numéro où envoyer un SMS entre guillemets, par exemple « 17 », « 112 », « 3018 », « 33700 », « 116 006 » ou « 0 805 805 817 »",
        "content/aide/service.yaml:8:3 — champ « contact.web » : valeur trouvée « http://www.example.fr/aide » ; adresse en « http: » refusée, seules les adresses https:// sont acceptées ; attendu : l’adresse du service ou de la page officielle qui l’explique, par exemple https://www.example.fr/page",
      ]);
    });

    it("refuses a help service file whose name starts with a digit, since it becomes an anchor", async () => {
      const errors = await errorsAfter(async (f) => f.move("aide/signalement-sms.yaml", "aide/33700.yaml"));
      expect(errors).toEqual([
        "content/aide/33700.yaml — champ « id (nom du fichier) » : valeur trouvée « 33700 » ; attendu : un nom de fichier qui commence par une lettre, car il sert d’ancre dans la page « Obtenir de l’aide », par exemple « ligne-3018 »",
        "content/lexique/hameconnage.md:9:8 — champ « help[0] » : valeur trouvée « signalement-sms » ; référence inconnue ; attendu : l’identifiant d’un service d’aide (nom de son fichier dans aide/, sans « .yaml »)",
      ]);
    });

    it("requires at least one way to contact a help service, and at least one situation", async () => {
      const errors = await errorsAfter((f) =>
        f.write(
          "aide/service.yaml",
          "name: Service de test\npurpose: Aider.\naudience: Tout le monde\nsituations: []\ncontact: {}\nchecked: 2026-12-02\nsources: [https://www.example.fr/source]\n",
        ),
      );
      expect(errors).toEqual([
        "content/aide/service.yaml:4:1 — champ « situations » : valeur trouvée une liste ; liste vide ; attendu : au moins une situation",
        "content/aide/service.yaml:5:1 — champ « contact » : valeur trouvée un ensemble de champs ; aucun moyen de contact ; attendu : au moins un des champs phone, sms ou web",
      ]);
    });

    it("reports an unknown help service cited by a risk or a term, and two services with the same name", async () => {
      const errors = await errorsAfter(async (f) => {
        await f.write("risques/vol.yaml", `label: Vol de données\navoidedBy: [premier]\nhelp: [ligne-d-ecoute, ligne-d-ecoute, inconnu]\n${RISK_STEPS}`);
        await f.write(
          "lexique/hameconnage.md",
          TERM("term: Hameçonnage\ncategory: attaques\nshort: Une arnaque.\nadvice: Méfiance.\nseeAlso: [chiffrement]\nhelp: [signalement-spam]"),
        );
        const { readFile } = await import("node:fs/promises");
        const sms = await readFile(`${f.contentDir}/aide/signalement-sms.yaml`, "utf8");
        await f.write("aide/autre-signalement.yaml", sms.replace("name: Signalement SMS de test", "name: SIGNALEMENT sms de test"));
      });
      expect(errors).toEqual([
        "content/aide/signalement-sms.yaml:1:1 — champ « name » : valeur trouvée « Signalement SMS de test » ; même nom que un autre service d’aide (content/aide/autre-signalement.yaml), à la casse ou aux accents près ; attendu : un nom unique",
        "content/lexique/hameconnage.md:7:8 — champ « help[0] » : valeur trouvée « signalement-spam » ; référence inconnue ; attendu : l’identifiant d’un service d’aide (nom de son fichier dans aide/, sans « .yaml »)",
        "content/risques/vol.yaml:3:24 — champ « help[1] » : valeur trouvée « ligne-d-ecoute » ; doublon dans la liste ; attendu : chaque élément une seule fois",
        "content/risques/vol.yaml:3:40 — champ « help[2] » : valeur trouvée « inconnu » ; référence inconnue ; attendu : l’identifiant d’un service d’aide (nom de son fichier dans aide/, sans « .yaml »)",
      ]);
    });

    it("rejects a search spelling that is another term's name", async () => {
      const errors = await errorsAfter((f) =>
        f.write(
          "lexique/chiffrement.md",
          TERM("term: Chiffrement\ncategory: chiffrement\nshort: Un procédé.\nsearchSpellings: [chiffré, Chiffrement de bout en bout]\nadvice: Chiffrez.\nseeAlso: [hameconnage]"),
        ),
      );
      expect(errors).toEqual([
        "content/lexique/chiffrement.md:5:28 — champ « searchSpellings[1] » : valeur trouvée « Chiffrement de bout en bout » ; c’est le nom d’un autre terme (content/lexique/chiffrement-de-bout-en-bout.md, « Chiffrement de bout en bout ») ; attendu : un nom ou une graphie qui ne désigne qu’un seul terme, ou un renvoi dans seeAlso",
      ]);
    });

    it("refuses a name or spelling that the site derives itself (accents, case, hyphens, plural)", async () => {
      const errors = await errorsAfter((f) =>
        f.write(
          "lexique/chiffrement.md",
          TERM("term: Chiffrement\ncategory: chiffrement\nshort: Un procédé.\notherNames: [chiffrements, crypto-graphie]\nsearchSpellings: [CHIFFREMENT, cryptographies]\nadvice: Chiffrez.\nseeAlso: [hameconnage]"),
        ),
      );
      expect(errors).toEqual([
        "content/lexique/chiffrement.md:5:14 — champ « otherNames[0] » : valeur trouvée « chiffrements » ; ne diffère de « Chiffrement » que par les accents, la casse, les traits d’union ou le pluriel, que le site trouve seul ; attendu : un nom vraiment différent, ou rien",
        "content/lexique/chiffrement.md:6:19 — champ « searchSpellings[0] » : valeur trouvée « CHIFFREMENT » ; ne diffère de « Chiffrement » que par les accents, la casse, les traits d’union ou le pluriel, que le site trouve seul ; attendu : un nom vraiment différent, ou rien",
        "content/lexique/chiffrement.md:6:32 — champ « searchSpellings[1] » : valeur trouvée « cryptographies » ; ne diffère de « crypto-graphie » que par les accents, la casse, les traits d’union ou le pluriel, que le site trouve seul ; attendu : un nom vraiment différent, ou rien",
      ]);
    });

    it("reports gaps and duplicates in the criteria order", async () => {
      const errors = await errorsAfter(async (f) => {
        await f.write("criteres/second.md", `---\norder: 3\ntitle: Second point\ntakeaway: le second point.\n${CRITERION_CHECKS}---\nLe second point.\n`);
        await f.write("criteres/troisieme.md", `---\norder: 1\ntitle: Troisième point\ntakeaway: le troisième.\n${CRITERION_CHECKS}---\nTexte.\n`);
      });
      expect(errors).toEqual([
        "content/criteres/second.md:2:1 — champ « order » : valeur trouvée 3 ; rang manquant : 2 ; attendu : des rangs qui se suivent de 1 à 3, sans trou ni doublon",
        "content/criteres/troisieme.md:2:1 — champ « order » : valeur trouvée 1 ; même rang que content/criteres/premier.md ; attendu : un rang unique",
      ]);
    });

    it("gives the line and column of malformed YAML and front matter", async () => {
      const errors = await errorsAfter(async (f) => {
        await f.write("risques/vol.yaml", "label: Vol de données\navoidedBy: [premier, second\n");
        await f.write("lexique/virus.md", "term: Virus\nUn texte sans en-tête.\n");
        await f.write("criteres/second.md", "---\norder: 2\ntitle: Second\ntitle: Encore\ntakeaway: x.\n---\nTexte.\n");
      });
      expect(errors).toEqual([
        "content/criteres/second.md:4:1 : YAML invalide — clé en double : chaque clé ne peut apparaître qu’une fois",
        "content/lexique/virus.md:1:1 : attendu : un en-tête YAML en début de fichier, entre une ligne « --- » et une autre ligne « --- », puis le texte",
        "content/risques/vol.yaml:3:1 : YAML invalide — indentation incorrecte ou crochet non fermé : vérifiez les espaces en début de ligne et les [ ] { }",
      ]);
    });

    it("does not report a gap in the criteria order caused by an invalid criterion file", async () => {
      const errors = await errorsAfter((f) => f.write("criteres/premier.md", "---\norder: 1\n---\nTexte.\n"));
      expect(errors.filter((error) => error.includes("rang"))).toEqual([]);
      expect(errors.length).toBeGreaterThan(0);
    });

    it("refuses « À remplacer » texts left in content by a production build", async () => {
      const change = (f: Fixture) =>
        f.write("lexique/virus.md", TERM("term: Virus\ncategory: logiciels-malveillants\nshort: À remplacer par une phrase.\nadvice: Mettez à jour.\nseeAlso: [chiffrement]", "À remplacer par la définition."));
      expect(await errorsAfter(change)).toEqual([]);
      await fixture?.cleanup();
      expect(await errorsAfter(change, true)).toEqual([
        "content/lexique/virus.md:4:1 — champ « short » : texte provisoire refusé en production ; attendu : le vrai texte à la place de « À remplacer »",
        "content/lexique/virus.md:9:1 — champ « body » : texte provisoire refusé en production ; attendu : le vrai texte à la place de « À remplacer »",
      ]);
    });

    it("refuses placeholder site metadata in a production build only", async () => {
      const change = (f: Fixture) => f.write("site.yaml", BASE_SITE.replace("  name: Éditeur de test", "  name: À compléter"));
      expect(await errorsAfter(change)).toEqual([]);
      await fixture?.cleanup();
      expect(await errorsAfter(change, true)).toEqual([
        "content/site.yaml:4:3 — champ « publisher.name » : valeur provisoire refusée en production ; attendu : la vraie valeur (voir README, « Déployer »)",
      ]);
    });

    it("refuses in a production build every legal field still « À compléter », formats included", async () => {
      // Every legal field but the publisher's name (the test above) becomes « À compléter — … ».
      const legal: Record<string, string[]> = {
        "": ["publicationDirector"],
        publisher: ["legalForm", "address", "phone", "siren"],
        host: ["name", "address", "phone"],
        source: ["title", "author", "url", "licence"],
      };
      let section = "";
      const site = BASE_SITE.split("\n")
        .map((line) => {
          const match = /^(\s*)([a-zA-Z]+):(.*)$/.exec(line);
          if (!match) return line;
          const [, indent, key, value] = match as unknown as [string, string, string, string];
          if (!indent) section = value.trim() ? "" : key;
          return legal[indent ? section : ""]?.includes(key) ? `${indent}${key}: À compléter — à demander à l’éditeur` : line;
        })
        .join("\n");
      const change = (f: Fixture) => f.write("site.yaml", site);
      expect(await errorsAfter(change)).toEqual([]);
      await fixture?.cleanup();
      const refused = (await errorsAfter(change, true)).map((error) => /champ « ([^»]+) »/.exec(error)?.[1]);
      expect(refused.sort()).toEqual(
        [
          "publisher.legalForm",
          "publisher.address",
          "publisher.phone",
          "publisher.siren",
          "publicationDirector",
          "host.name",
          "host.address",
          "host.phone",
          "source.title",
          "source.author",
          "source.url",
          "source.licence",
        ].sort(),
      );
    });
  });
});

const BASE_SITE = await readFile(path.join(minimalContentDir, "site.yaml"), "utf8");
