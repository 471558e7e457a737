import { code, link, slot } from "./rich-text.ts";
import { feedTitle, selfCheckTitle } from "./titles.ts";
import { urls } from "./urls.ts";

const atom = "application/atom+xml";

/**
 * The prose of the site's own pages, by page, so templates hold markup only. Page titles (the
 * `<h1>`) are not here: they are the titles of `ui.pages`, shown through the graph's page metadata.
 * Slots (`slot("termCount")`) are filled by the template with the data's own numbers and names.
 */
export const pageTexts = {
  home: {
    lead: "Salarié, parent, chef d’entreprise ou formateur\u00A0: ces fiches pratiques expliquent simplement les risques des messageries instantanées et les points à vérifier pour choisir la vôtre.",
    fichesTitle: "Les fiches",
    searchTitle: "Chercher un mot",
    /** Starts with the header's label (ui.searchLabel): the same search, named the same way (RGAA 11.3). */
    searchLabel: "Rechercher sur le site\u00A0: un mot, un risque, une question",
    startTitle: "Par où commencer\u202F?",
    /** The four ways in; `criteriaCount` and `termCount` are filled by the template. */
    start: [
      {
        url: urls.criteria,
        title: ["Les ", slot("criteriaCount"), " points clés"],
        text: ["Gratuité, chiffrement, code source ouvert, collecte des données, politique de confidentialité, stockage\u00A0: ce qu’il faut vérifier avant de choisir une messagerie."],
      },
      {
        url: urls.selfCheck,
        title: [selfCheckTitle],
        text: ["Quelques questions sur l’application que vous utilisez ou que vous pensez choisir, et les points à vérifier en priorité. Rien n’est enregistré ni envoyé."],
      },
      {
        url: urls.risks,
        title: ["Les risques"],
        text: ["Collecte de données, piratage, hameçonnage, logiciels malveillants… ce qui peut arriver, et comment s’en protéger."],
      },
      {
        url: urls.glossary,
        title: ["Le lexique du parfait hacker"],
        text: [slot("termCount"), " mots de la sécurité numérique expliqués simplement, de A à Z."],
      },
    ],
  },
  fiches: {
    feedNotice: ["Pour suivre les mises à jour\u00A0: ", link(feedTitle, urls.feed, atom), "."],
  },
  glossary: {
    lead: [slot("termCount"), " mots de la sécurité numérique, expliqués simplement. Chaque mot mène à sa définition complète, avec un exemple ou un conseil."],
    onePage: ["Pour l’imprimer ou le lire d’une traite\u00A0: ", link("le lexique complet en une page", urls.fiche("lexique-du-parfait-hacker")), "."],
  },
  risks: {
    lead: "Nombreux sont les dangers liés à l’usage des messageries instantanées, au travail comme dans la vie privée. Chaque risque a sa page\u00A0: ce qu’il recouvre, comment s’en protéger, que faire si c’est arrivé, les points clés qui aident à l’éviter et les mots pour le comprendre.",
  },
  criteria: {
    lead: "Les points clés de la sécurisation des messageries instantanées\u00A0: ce qu’il faut vérifier avant de choisir une application, et pourquoi.",
  },
  search: {
    /** Starts with the header's label (ui.searchLabel): the same search, named the same way (RGAA 11.3). */
    label: "Rechercher sur le site\u00A0: fiches, risques, points clés, lexique et aide",
    filterLegend: "Type de résultat",
    fallbackTitle: "La recherche a besoin de JavaScript",
    fallbackIntro:
      "La recherche fonctionne dans votre navigateur, sans rien envoyer à personne, mais elle nécessite JavaScript. Sans JavaScript, vous trouverez tout autrement\u00A0:",
    fallbackWays: [
      [link("le lexique de A à Z", urls.glossary), ", avec la définition courte de chaque mot\u202F;"],
      [link("le plan du site", urls.siteMap), ", qui mène à toutes les pages."],
    ],
  },
  help: {
    lead: "Piratage, arnaque, harcèlement, contenu choquant\u00A0: vous n’êtes pas seul ou seule. Choisissez votre situation pour trouver le service officiel qui peut vous aider ou recevoir votre signalement.",
    /** First on the page: the numbers to call when someone is in danger. */
    emergencyTitle: "En cas de danger immédiat",
    emergency: [
      link("Appelez\u00A0le\u00A017", "tel:17"),
      " (police ou gendarmerie) ou ",
      link("le\u00A0112", "tel:112"),
      " (numéro d’urgence européen). Si vous ne pouvez pas parler, ",
      link("envoyez\u00A0un\u00A0SMS\u00A0au\u00A0114", "sms:114"),
      ". Ces appels et SMS sont gratuits, 24\u00A0h sur 24, 7\u00A0jours sur 7.",
    ],
    checkNote:
      "Chaque numéro et chaque adresse de cette page a été vérifié sur les sites officiels cités en source, à la date indiquée. Un service peut changer\u00A0: en cas de doute, suivez le lien vers son site officiel.",
  },
  notFound: {
    lead: "La page demandée n’existe pas ou a été déplacée.",
    waysIntro: "Vous pouvez\u00A0:",
    ways: [
      ["revenir à ", link("l’accueil", urls.home), "\u202F;"],
      ["chercher un mot avec la ", link("recherche", urls.search), "\u202F;"],
      ["parcourir ", link("le lexique de A à Z", urls.glossary), " ou ", link("le plan du site", urls.siteMap), "."],
    ],
  },
  openData: {
    lead: "Tout le contenu du site est aussi publié en fichiers JSON, pour être réutilisé dans une autre application, un intranet ou une formation.",
    intro:
      "Ces fichiers sont produits à chaque publication à partir du même contenu validé que les pages\u00A0: ils disent toujours la même chose que le site. Chacun est accompagné de son schéma JSON (version 2020-12), qui décrit chaque champ.",
    licenceTitle: "Licence",
    licence: [
      "Les données sont publiées sous ",
      slot("licence"),
      " : vous pouvez les réutiliser, y compris à des fins commerciales, en citant la source (",
      slot("siteName"),
      ", ",
      slot("baseUrl"),
      "). La licence est aussi rappelée dans chaque fichier (champ ",
      code("licence"),
      ").",
    ],
    filesTitle: "Les fichiers",
    /** After the link to a file; French keeps the singular for 0 and 1. */
    fileCount: {
      one: [" : ", slot("count"), " élément, au format JSON"],
      many: [" : ", slot("count"), " éléments, au format JSON"],
    },
    /** After the link to a file's schema. */
    schema: " : son schéma JSON",
    formatTitle: "Comment les fichiers sont faits",
    format: [
      [
        "Chaque fichier commence par son titre, son éditeur, sa licence, la page du site qui présente ces contenus (",
        code("source"),
        ") et le nombre d’éléments (",
        code("count"),
        "), puis la liste ",
        code("items"),
        ".",
      ],
      [
        "Les éléments se citent par leur identifiant\u00A0: le champ ",
        code("risks"),
        " d’un terme du lexique donne des identifiants de ",
        code("risques.json"),
        ", le champ ",
        code("terms"),
        " d’un risque des identifiants de ",
        code("lexique.json"),
        ", et ainsi de suite.",
      ],
      ["Les textes mis en forme (définitions, descriptions) sont donnés en HTML simple, avec des liens absolus\u202F; les textes courts sont en texte brut."],
      ["Les fichiers sont en UTF-8 et ne contiennent aucune donnée personnelle."],
    ],
    updatesTitle: "Suivre les mises à jour",
    updates: [
      "Le ",
      link("flux Atom des mises à jour des fiches", urls.feed, atom),
      " signale chaque nouvelle version d’une fiche\u00A0: ajoutez son adresse à votre lecteur de flux.",
    ],
  },
} as const;
