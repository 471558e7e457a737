import { urls } from "./lib/urls.ts";

/** Every interface string readers see, in one place (French); content text lives in content/. */
export const ui = {
  skipToContent: "Aller au contenu",
  skipToSearch: "Aller à la recherche",
  mainNavigation: "Navigation principale",
  breadcrumbs: "Fil d’Ariane",
  footerNavigation: "Informations sur le site",
  searchLabel: "Rechercher sur le site",
  searchButton: "Rechercher",
  searchPlaceholder: "Ex. : hameçonnage, chiffrement",
  home: "Accueil",
  nav: [
    { url: urls.home, label: "Accueil" },
    { url: "/fiches/", label: "Fiches" },
    { url: urls.criteria, label: "Les 6 points clés" },
    { url: urls.risks, label: "Risques" },
    { url: urls.glossary, label: "Lexique" },
    { url: urls.search, label: "Recherche" },
  ],
  footer: [
    { url: urls.siteMap, label: "Plan du site" },
    { url: urls.accessibility, label: "Accessibilité : non conforme" },
    { url: urls.privacy, label: "Confidentialité" },
    { url: urls.legal, label: "Mentions légales" },
  ],
  fiche: {
    kicker: "Fiche pratique",
    updated: "Mis à jour le",
    version: "version",
    download: "Télécharger la fiche",
    print: "Imprimer la fiche",
    toc: "Sommaire",
    termsTitle: "Les mots du lexique dans cette fiche",
    termsIntro: "Chaque mot souligné dans la fiche renvoie à sa définition complète.",
    mappingTitle: "Quels points clés protègent de quels risques ?",
    mappingNote:
      "Ajout de la rédaction : cette correspondance ne figure pas dans la fiche d’origine. Elle indique, pour chaque risque, les points clés qui aident à l’éviter.",
    noCriterion: "Aucun des points clés n’en protège à lui seul : la vigilance reste la meilleure défense.",
    criterionMore: "Ce point clé en détail",
  },
  term: {
    definition: "Définition",
    example: "Exemple",
    advice: "Conseil",
    aliases: "Autres noms",
    english: "En anglais",
    seeAlso: "Voir aussi",
    category: "Catégorie",
    risks: "Risques liés",
    fiches: "Fiches qui emploient ce mot",
    letters: "Lettres de l’index",
  },
  risk: {
    subRisks: "Ce risque comprend",
    parent: "Ce risque fait partie de",
    criteria: "Les points clés qui aident à l’éviter",
    criteriaNote: "Correspondance proposée par la rédaction, absente de la fiche d’origine.",
    terms: "Les mots pour comprendre",
    fiches: "Fiches qui en parlent",
  },
  criterion: {
    takeaway: "À vérifier :",
    takeawayNote: "Conseil de la rédaction.",
    risks: "Les risques qu’il aide à éviter",
    noRisks: "Aucun risque n’est rattaché à ce point clé pour l’instant.",
  },
} as const;

export type UiStrings = typeof ui;
