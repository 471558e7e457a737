import { link, slot, strong, sup } from "./rich-text.ts";
import { selfCheckTitle } from "./titles.ts";
import { urls } from "./urls.ts";

/**
 * The pages the law asks for (accessibility statement, privacy, legal notice), kept apart because
 * their wording follows the official models and changes only with an audit or a new host. The
 * publisher, site name, address and contact come from content/site.yaml through slots.
 */
export const legalTexts = {
  accessibility: {
    commitment: [
      slot("publisher"),
      " s’engage à rendre ses sites internet accessibles conformément à l’article 47 de la loi n",
      sup("o"),
      "\u00A02005-102 du 11 février 2005.",
    ],
    scope: ["Cette déclaration d’accessibilité s’applique au site ", slot("siteName"), " (", slot("baseUrl"), ")."],
    statusTitle: "État de conformité",
    status: [
      "Le site ",
      slot("siteName"),
      " est ",
      strong("non conforme"),
      " avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, car il n’a pas encore fait l’objet d’un audit complet. Le site a été conçu pour respecter les critères du RGAA 4.1 et des WCAG 2.2 niveau AA, et il est vérifié à chaque publication (voir ci-dessous).",
    ],
    resultsTitle: "Résultats des tests",
    resultsIntro: "À chaque publication, chaque page listée dans le plan du site est contrôlée automatiquement\u00A0:",
    results: [
      "avec deux moteurs de test d’accessibilité (axe-core et HTML_CodeSniffer, niveau WCAG 2 AA)\u00A0: aucune erreur n’est tolérée\u202F;",
      "par un validateur HTML\u00A0: aucune erreur n’est tolérée\u202F;",
      "dans un navigateur, au clavier seul, en thème sombre et sur un écran de 320 pixels de large.",
    ],
    resultsLimit: "Ces contrôles automatiques ne remplacent pas un audit\u00A0: ils ne détectent qu’une partie des problèmes possibles.",
    inaccessibleTitle: "Contenus non accessibles",
    nonComplianceTitle: "Non-conformités",
    nonCompliance:
      "Aucune non-conformité n’est connue à ce jour. Si vous en rencontrez une, signalez-la-nous (voir «\u00A0Retour d’information et contact\u00A0»).",
    exemptionsTitle: "Dérogations pour charge disproportionnée",
    exemptions: "Aucune.",
    outOfScopeTitle: "Contenus non soumis à l’obligation d’accessibilité",
    outOfScope:
      "Aucun. Les fiches au format PDF sont balisées pour les lecteurs d’écran\u202F; la page web de chaque fiche en reste la version de référence, avec le même texte.",
    statementTitle: "Établissement de cette déclaration d’accessibilité",
    statementDate: "Cette déclaration a été établie le 27 novembre 2026.",
    technologiesTitle: "Technologies utilisées pour la réalisation du site",
    technologies: [
      "HTML",
      "CSS",
      `JavaScript (uniquement pour la recherche, le bouton d’impression et le bilan de «\u00A0${selfCheckTitle}\u00A0»\u202F; tout le reste fonctionne sans)`,
    ],
    testEnvironmentTitle: "Environnement de test",
    testEnvironment:
      "Les vérifications automatiques sont faites avec le navigateur Chromium, les moteurs axe-core et HTML_CodeSniffer (via pa11y-ci) et le validateur html-validate.",
    contactTitle: "Retour d’information et contact",
    contact: [
      "Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme : ",
      slot("contact"),
      ".",
    ],
    remediesTitle: "Voies de recours",
    remedies:
      "Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits.",
    remediesIntro: "Plusieurs moyens sont à votre disposition\u00A0:",
    remedyWays: [
      "écrire un message au Défenseur des droits, par le formulaire en ligne de son site web (defenseurdesdroits.fr)\u202F;",
      "contacter le délégué du Défenseur des droits dans votre région\u202F;",
      "envoyer un courrier par la poste (gratuit, ne pas mettre de timbre)\u00A0: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
    ],
  },
  privacy: {
    lead: "Ce site applique ce que ses fiches conseillent\u00A0: il ne collecte rien sur vous.",
    collectedTitle: "Ce que le site collecte\u00A0: rien",
    collected: [
      ["Aucun cookie n’est déposé, ni par nous, ni par personne d’autre."],
      ["Aucun traceur, aucun outil de mesure d’audience, aucune publicité."],
      [
        "Aucune ressource n’est chargée depuis un autre site\u00A0: pas de police de caractères externe, pas de réseau de diffusion de contenu, pas de vidéo intégrée. Votre navigateur ne parle qu’à ce site.",
      ],
      ["La recherche fonctionne entièrement dans votre navigateur\u00A0: ce que vous tapez n’est envoyé nulle part et n’est pas conservé."],
      [
        "Aucun formulaire ne vous demande d’informations personnelles. Les réponses au questionnaire «\u00A0",
        link(selfCheckTitle, urls.selfCheck),
        "\u00A0» restent dans votre navigateur\u00A0: elles ne sont ni envoyées ni conservées.",
      ],
    ],
    serverLogsTitle: "Les journaux du serveur",
    serverLogs: [
      "Comme tout site web, le serveur qui héberge ces pages peut tenir un journal technique des connexions (adresse IP, date, page demandée) pour assurer la sécurité du service. Ces journaux relèvent de l’hébergeur indiqué dans les ",
      link("mentions légales", urls.legal),
      "\u202F; ils ne servent ni à vous suivre ni à vous profiler.",
    ],
    rightsTitle: "Vos droits",
    rights: [
      "Pour toute question sur vos données, écrivez à ",
      slot("contact"),
      ". Vous pouvez aussi adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL).",
    ],
  },
  legal: {
    publisherTitle: "Éditeur",
    directorTitle: "Directeur ou directrice de la publication",
    hostTitle: "Hébergeur",
    contactTitle: "Contact",
    licenceTitle: "Licence",
    licence: [
      "Les contenus de ce site sont publiés sous ",
      slot("licence"),
      " : vous pouvez les réutiliser, y compris à des fins commerciales, en citant la source.",
    ],
    personalDataTitle: "Données personnelles",
    personalData: ["Ce site ne collecte aucune donnée personnelle\u00A0: voir la page ", link("Confidentialité", urls.privacy), "."],
  },
} as const;
