import { withFrenchSpacing } from "../text/french-typography.ts";
import { legalTexts } from "./legal-texts.ts";
import { pageTexts } from "./page-texts.ts";
import { slot, sup } from "./rich-text.ts";
import { feedTitle, glossaryName, helpTitle, selfCheckTitle } from "./titles.ts";
import { urls } from "./urls.ts";

/**
 * Kinds of pages in search results. `filter` is the value a page is indexed under and the search
 * page's buttons send, so both must be the same word; `name` is shown above each result.
 */
const resultKinds = {
  term: { filter: "terme du lexique", name: "Terme du lexique" },
  fiche: { filter: "fiche", name: "Fiche pratique" },
  risk: { filter: "risque", name: "Risque" },
  criterion: { filter: "point clé", name: "Point clé" },
  help: { filter: "aide", name: "Obtenir de l’aide" },
} as const;

/**
 * Every string readers see outside content/ (French), in one place: templates hold markup, URLs
 * and data only, so wording is reviewed here and a typo cannot hide in a template. Written with
 * plain spaces: French spacing (no-break spaces before « : ; ! ? », inside « ») is applied once,
 * here, to every string of the table (src/text/french-typography.ts).
 */
export const ui = withFrenchSpacing({
  /** Templates link with these, so a page moves in one place (src/site/urls.ts). */
  urls,
  /** The prose of the site's own pages, by page (src/site/page-texts.ts, src/site/legal-texts.ts). */
  text: { ...pageTexts, ...legalTexts },
  skipToContent: "Aller au contenu",
  skipToSearch: "Aller à la recherche",
  mainNavigation: "Navigation principale",
  breadcrumbs: "Fil d’Ariane",
  footerNavigation: "Informations sur le site",
  searchLabel: "Rechercher sur le site",
  searchButton: "Rechercher",
  /**
   * After the site's name in the accessible name (aria-label) of the header's logo link: « Fiches
   * pratiques » alone is also the title of the list of fiches, so the link says it leads home (RGAA 6.1).
   * The visible name comes first, as the name must contain it.
   */
  homeLinkSuffix: ", accueil",
  /** The main navigation; `{count}` is the number of key points. */
  nav: [
    { url: urls.home, label: "Accueil" },
    { url: urls.fiches, label: "Fiches" },
    { url: urls.criteria, label: "Les {count} points clés" },
    { url: urls.selfCheck, label: selfCheckTitle },
    { url: urls.risks, label: "Risques" },
    { url: urls.glossary, label: "Lexique" },
    { url: urls.search, label: "Recherche" },
  ],
  footer: [
    { url: urls.help, label: helpTitle },
    { url: urls.siteMap, label: "Plan du site" },
    { url: urls.accessibility, label: "Accessibilité : {state}" },
    { url: urls.privacy, label: "Confidentialité" },
    { url: urls.legal, label: "Mentions légales" },
    { url: urls.openData, label: "Données ouvertes" },
  ],
  feedTitle,
  /** Under every page; `siteName` and `licence` (a link) come from content/site.yaml. */
  footerNote: [slot("siteName"), " — contenus sous ", slot("licence"), ". Ce site ne dépose aucun cookie et ne contient aucun traceur."],
  resultKinds,
  /** The search page's filter buttons, in this order; the one without value (everything) starts checked. */
  searchFilters: [
    { id: "tout", value: "", label: "Tout" },
    { id: "terme", value: resultKinds.term.filter, label: "Termes du lexique" },
    { id: "fiche", value: resultKinds.fiche.filter, label: "Fiches" },
    { id: "risque", value: resultKinds.risk.filter, label: "Risques" },
    { id: "critere", value: resultKinds.criterion.filter, label: "Points clés" },
    { id: "aide", value: resultKinds.help.filter, label: "Aide" },
  ],
  /**
   * Titles and descriptions of the site's own pages, and the breadcrumb names of the long ones.
   * `{count}` is the number of key points. A page without description gets the site's tagline.
   */
  pages: {
    home: { title: "Accueil", description: "Des fiches pratiques claires pour choisir une messagerie instantanée et l’utiliser sans risque, au travail comme à la maison." },
    fiches: { title: "Fiches pratiques", breadcrumb: "Fiches" },
    glossary: { title: glossaryName, documentTitle: "Index de A à Z", breadcrumb: "Lexique", description: "Les mots de la sécurité numérique et des messageries instantanées, de A à Z, chacun avec une définition courte." },
    risks: { title: "Les risques", breadcrumb: "Risques", description: "Les risques des messageries instantanées, comment s’en protéger, que faire si c’est arrivé, et les points clés qui aident à les éviter." },
    criteria: { title: "Les {count} points clés", description: "Les {count} points clés de la sécurisation des messageries instantanées, à vérifier avant de choisir une application." },
    search: { title: "Recherche", description: "Rechercher dans les fiches, les risques, les points clés et le lexique." },
    siteMap: { title: "Plan du site" },
    accessibility: { title: "Déclaration d’accessibilité", breadcrumb: "Accessibilité" },
    privacy: { title: "Confidentialité" },
    legal: { title: "Mentions légales" },
    notFound: { title: "Page introuvable" },
    help: {
      title: helpTitle,
      breadcrumb: "Aide",
      description: "Les services officiels à contacter après un piratage, une arnaque, un harcèlement ou un contenu illégal en ligne, classés par situation, avec leurs numéros et adresses vérifiés.",
    },
    /** After the name of a term, risk or key point in the window title: « Hameçonnage — Lexique ». */
    termKind: "Lexique",
    riskKind: "Risque",
    criterionKind: "Point clé",
  },
  fiche: {
    kicker: "Fiche pratique",
    updated: "Mis à jour le",
    version: "version",
    download: "Télécharger la fiche",
    /** In brackets after the download link, where the build adds the file's size. */
    pdf: "PDF",
    print: "Imprimer la fiche",
    toc: "Sommaire",
    /** Our heading above the fiche's list of risks (screen only: the printed sheet keeps the source's text). */
    risksHeading: "Les risques",
    /** The skip link of a fiche page to its glossary definitions. */
    skipToTerms: "Aller aux mots du lexique",
    termsTitle: "Les mots du lexique dans cette fiche",
    termsIntro: "Chaque mot souligné dans la fiche renvoie à sa définition complète.",
    mappingTitle: "Quels points clés protègent de quels risques ?",
    mappingNote:
      "Ajout de la rédaction : cette correspondance ne figure pas dans la fiche d’origine. Elle indique, pour chaque risque, les points clés qui aident à l’éviter.",
    noCriterion: "Aucun des points clés ne suffit contre ce risque : voyez les conseils de sa page.",
    criterionMore: "Ce point clé en détail",
  },
  term: {
    kicker: glossaryName,
    definition: "Définition",
    example: "Exemple",
    advice: "Conseil",
    otherNames: "Autres noms",
    english: "En anglais",
    /** In the printed glossary, after the term on the same line: « Adresse IP, en anglais : IP address ». */
    englishInline: "en anglais\u00A0:",
    improperNames: "Terme impropre",
    improperNote: "(à éviter : répandu, mais inexact)",
    reviewed: "Faits vérifiés le",
    seeAlso: "Voir aussi",
    category: "Catégorie",
    risks: "Risques liés",
    fiches: "Fiches qui emploient ce mot",
    letters: "Lettres de l’index",
  },
  risk: {
    kicker: "Risque",
    pager: { label: "Risques précédent et suivant", previous: "Risque précédent", next: "Risque suivant" },
    subRisks: "Ce risque comprend",
    parent: "Ce risque fait partie de",
    /** One note for the three step lists: the source fiche promises advice but gives none per risk. */
    adviceNote: "Conseils de la rédaction, en complément de la fiche d’origine.",
    protect: "Comment s’en protéger",
    ifItHappened: "Si c’est arrivé",
    report: "Signaler et se faire aider",
    criteria: "Les points clés qui aident à l’éviter",
    criteriaNote: "Correspondance proposée par la rédaction, absente de la fiche d’origine.",
    /** Said once on the page, where the key points would be: the real defences are in the steps above. */
    noCriterion: "Aucun des points clés ne suffit contre ce risque : suivez plutôt les conseils ci-dessus.",
    terms: "Les mots pour comprendre",
    fiches: "Fiches qui en parlent",
  },
  /** Help services, on the help page and in the « Obtenir de l’aide » sections of risks and terms. */
  help: {
    title: helpTitle,
    /** Before the list of services on a risk or term page. */
    intro: "Si cela vous arrive, ces services peuvent vous aider ou recevoir votre signalement\u00A0:",
    /**
     * Link texts: `{number}` is the number with French grouping, `{name}` the service, `{host}` its site.
     * No-break spaces: a phone link's text must never wrap (and html-validate's tel-non-breaking says so).
     */
    call: "Appeler\u00A0le\u00A0{number}",
    sms: "Envoyer\u00A0un\u00A0SMS\u00A0au\u00A0{number}",
    web: "{name} en ligne ({host})",
    /** When the service is named after its site. */
    webNamedByHost: "{name} en ligne",
    notFor: "À savoir\u00A0:",
    audience: "Pour qui",
    cost: "Coût",
    hours: "Horaires",
    checked: "Informations vérifiées le",
    sources: "Sources\u00A0:",
    /** In a later situation, before the name of a service already shown in full. */
    seeAbove: "Présenté plus haut\u00A0:",
    situationsNav: "Choisir votre situation",
  },
  /** Read by search.js from the search page (data-search-text): {count}, {query} and {label} are filled in. */
  search: {
    resultOne: "1 résultat",
    resultMany: "{count} résultats",
    none: "Aucun résultat",
    forQuery: " pour «\u00A0{query}\u00A0»",
    inFilter: " (filtre\u00A0: {label})",
    noResultsHint: "Vérifiez l’orthographe, essayez un mot plus court ou parcourez ",
    glossaryLink: "le lexique de A à Z",
    moreOne: "Afficher le résultat suivant",
    moreMany: "Afficher les {count} résultats suivants",
    failed: "La recherche n’a pas pu se charger.",
    failedHint: ["Vous trouverez tout autrement dans ", "le lexique de A à Z", " ou dans ", "le plan du site", "."],
  },
  criterion: {
    /** « Point clé n° 3 sur 6 »: `order` and `count` are filled by the template. */
    kicker: ["Point clé n", sup("o"), "\u00A0", slot("order"), " sur ", slot("count")],
    pager: { label: "Points clés précédent et suivant", previous: "Point clé précédent", next: "Point clé suivant" },
    takeaway: "À vérifier :",
    takeawayNote: "Conseil de la rédaction.",
    /** The heading of the `#comment-verifier` section; the self-check links there. */
    howToCheck: "Comment vérifier dans votre application",
    /** Marks the lines as ours: the source fiche says what to check, not where to look. */
    howToCheckNote: "Conseils de la rédaction, en complément de la fiche d’origine. Chaque application range ces informations à sa façon\u00A0: les noms des menus peuvent varier.",
    risks: "Les risques qu’il aide à éviter",
    noRisks: "Aucun risque n’est rattaché à ce point clé pour l’instant.",
  },
  /** « Ma messagerie est-elle sûre ? »: the questions themselves are in content/criteres/ (`questions`). */
  selfCheck: {
    title: selfCheckTitle,
    description:
      "Quelques questions sur la messagerie instantanée que vous utilisez ou que vous pensez choisir, puis sur vos propres réglages, pour savoir quoi vérifier ou changer. Rien n’est enregistré ni envoyé.",
    lead: "Répondez aux questions de chaque point clé sur l’application que vous utilisez, ou que vous pensez choisir. Un point clé n’est respecté que si vous répondez «\u00A0Oui\u00A0» à toutes ses questions. Répondez ensuite aux questions sur vos propres réglages. Le bilan vous dit quoi vérifier ou changer, et comment.",
    /** Shown before the first question: every question needs an answer before the result (RGAA 11.10.1). */
    required:
      "Chaque question, sur l’application comme sur vos réglages, demande une réponse\u00A0: «\u00A0Oui\u00A0», «\u00A0Non\u00A0» ou «\u00A0Je ne sais pas\u00A0».",
    privacy:
      "Vos réponses restent dans votre navigateur : rien n’est enregistré ni envoyé, ni à nous ni à personne, et tout s’efface quand vous quittez la page.",
    printable:
      "Sur papier, ou si JavaScript est désactivé, cette page sert de liste de contrôle : imprimez-la et cochez vos réponses.",
    questionsTitle: "Les questions sur l’application",
    /** The second part: the reader's own phone and account, whatever the app (src/site/settings-check.ts). */
    settingsTitle: "Vos propres réglages",
    settingsIntro:
      "Ces questions portent sur votre téléphone et votre compte, pas sur l’application elle-même. Répondez «\u00A0Oui\u00A0» seulement si c’est déjà fait. Certaines options n’existent que si votre application les propose.",
    /** Before a settings question's number, as « Question » is before a key point's. */
    settingNumber: "Réglage",
    /** Before a setting's explanation, always shown, so the printed page says why as well as what. */
    settingWhy: "Pourquoi\u00A0:",
    /** Link to the risk page's step list that says how to change the setting. */
    settingHowTo: "Comment faire",
    questionNumber: "Question",
    of: "sur",
    answers: [
      { value: "oui", label: "Oui" },
      { value: "non", label: "Non" },
      { value: "ne-sait-pas", label: "Je ne sais pas" },
    ],
    /** The answer that means the point is met; every other answer needs attention. */
    goodAnswer: "oui",
    explanation: "Pourquoi ce point compte",
    /** Link to the key point's `#comment-verifier` section, in the explanation and in the result. */
    howToCheckLink: "Comment le vérifier dans votre application",
    submit: "Voir mon bilan",
    reset: "Effacer mes réponses",
    errorTitle: "Il manque des réponses",
    errorIntro: "Répondez à chaque question, au besoin par « Je ne sais pas » :",
    errorPrefix: "Erreur :",
    errorMessage: "choisissez une réponse, « Oui », « Non » ou « Je ne sais pas ».",
    unanswered: "réponse manquante",
    resultTitle: "Votre bilan",
    /**
     * The result's first words: it reports the reader's answers, it does not judge the app, which
     * the reader may know only in part.
     */
    allGood:
      "D’après vos réponses, rien ne reste à vérifier\u00A0: l’application respecte les points clés et vos réglages sont en place. Continuez à vérifier\u00A0: relisez sa politique de confidentialité quand elle change, et refaites ce questionnaire de temps en temps.",
    attention: "D’après vos réponses, voici ce qu’il reste à vérifier ou à changer, en commençant par l’application.",
    /** Before « n sur total » in the result, one line per part. */
    attentionCriteria: "Points clés de l’application à vérifier\u00A0:",
    attentionSettings: "Réglages à revoir\u00A0:",
    answersTitle: "Vos réponses",
    toExamineTitle: "À vérifier ou à changer",
    /** Before a setting's question and the answer given, in the result. */
    yourAnswer: "Votre réponse\u00A0:",
    /** Before the key point's questions and the answers given, in the result. */
    yourAnswers: "Vos réponses\u00A0:",
    terms: "Les mots pour comprendre :",
    resultNote: "Ce bilan est indicatif : il ne remplace pas la lecture des fiches ni l’avis d’un spécialiste.",
    /** The result's last words: a reader whose app has already been misused needs help, not a checklist. */
    helpIntro: "En cas de piratage, d’arnaque ou de harcèlement par messagerie, des services officiels peuvent vous aider\u00A0:",
    helpLink: helpTitle,
    helpAll: "Tous les services, par situation\u00A0:",
  },
  openData: {
    title: "Données ouvertes",
    description:
      "Les fiches, le lexique, les risques, les points clés et les services d’aide en fichiers JSON réutilisables, avec leurs schémas et leur licence, et le flux des mises à jour.",
    datasets: {
      fiches: { title: "Fiches pratiques", description: "Chaque fiche : titre, résumé, date de mise à jour, version, PDF, sommaire, et les risques, points clés et mots du lexique qu’elle cite." },
      lexique: { title: glossaryName, description: "Chaque terme : définition courte et complète, exemple, conseil, variantes, noms anglais, catégorie, termes liés, risques et fiches." },
      risques: { title: "Risques", description: "Chaque risque : description, conseils pour s’en protéger, que faire si c’est arrivé et comment le signaler, risque parent et sous-risques, points clés qui aident à l’éviter, mots du lexique et fiches." },
      criteres: { title: "Les points clés", description: "Chaque point clé : rang, texte, « À vérifier », questions du questionnaire, « Comment vérifier dans votre application », risques qu’il aide à éviter et mots du lexique." },
      aide: {
        title: "Services d’aide et de signalement",
        description:
          "Chaque service : à quoi il sert et à quoi il ne sert pas, pour qui, situations, téléphone, SMS, site, coût, horaires, date de vérification, sources, et les risques et mots du lexique qui y renvoient.",
      },
    },
    feed: {
      title: "Mises à jour des fiches",
      subtitle: "Chaque fiche pratique, à sa dernière mise à jour.",
    },
  },
} as const);
