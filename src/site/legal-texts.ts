import { code, link, slot, strong, sup } from "./rich-text.ts";
import { selfCheckTitle } from "./titles.ts";
import { urls } from "./urls.ts";

/**
 * The help service (content/aide/) the privacy page offers for a complaint to the CNIL: its contact
 * is checked and dated there, never typed again here. A unit test checks the real content has it.
 */
export const privacyComplaintHelpId = "cnil-plainte";

/**
 * The pages the law asks for (accessibility statement, privacy, legal notice), kept apart because
 * their wording follows the official models and changes only with an audit or a new host. The
 * publisher, host, site name, address and contact come from content/site.yaml through slots.
 *
 * Facts checked on 2 December 2026 (addresses in docs/guide-de-redaction.md, « Informations du
 * site »): LCEN article 1-1 (inserted by the loi n° 2024-449 « SREN » of 21 May 2024; formerly
 * article 6, III); GDPR article 6(1)(f) and articles 15 to 21; RGAA 4.1.2; the Défenseur des droits'
 * free postal address.
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
    /** `state` is the state computed from the audit grid, in bold; `version` the RGAA's. */
    status: [
      "Le site ",
      slot("siteName"),
      " est ",
      slot("state"),
      " avec le référentiel général d’amélioration de l’accessibilité (RGAA), version ",
      slot("version"),
      ".",
    ],
    statusBecause: "Les non-conformités sont énumérées ci-dessous.",
    statusUnaudited: [
      "Le site ",
      slot("siteName"),
      " est ",
      strong("non conforme"),
      " avec le référentiel général d’amélioration de l’accessibilité (RGAA), car aucun audit de conformité n’a encore été réalisé.",
    ],
    /** Why a site with every criterion met may still not claim « totalement conforme ». */
    statusUnverified:
      "Certains critères ont été jugés à partir du code et de l’arbre d’accessibilité du navigateur, sans lecteur d’écran (voir «\u00A0Vérifications restant à faire\u00A0»)\u00A0: tant qu’ils n’ont pas été confirmés avec un lecteur d’écran, le site ne se déclare pas totalement conforme.",
    resultsTitle: "Résultats des tests",
    auditIntro: ["L’audit de conformité réalisé par ", slot("auditor"), " le ", slot("date"), " révèle que\u00A0:"],
    auditRate: [
      slot("rate"),
      " des critères du RGAA version ",
      slot("version"),
      " sont respectés (",
      slot("conforming"),
      " critères conformes sur ",
      slot("applicable"),
      " applicables, ",
      slot("notApplicable"),
      " non applicables)\u202F;",
    ],
    auditAverage: ["le taux moyen de conformité des pages de l’échantillon s’élève à ", slot("average"), "\u202F;"],
    auditGrid: ["la grille d’audit, critère par critère et page par page, avec la preuve de chaque verdict, est téléchargeable\u00A0: ", slot("grid"), "."],
    gridLink: "grille d’audit RGAA (fichier CSV)",
    testsTitle: "Tests automatiques",
    resultsIntro: "À chaque construction du site, des tests automatiques vérifient en outre\u00A0:",
    results: [
      "chaque page du plan du site, et la page d’erreur, est analysée par pa11y-ci avec deux moteurs de test d’accessibilité, axe-core et HTML_CodeSniffer, au niveau WCAG\u00A02 AA\u00A0: aucune erreur n’est tolérée et aucune règle n’est écartée\u202F;",
      "chaque page est contrôlée par le validateur html-validate\u00A0: aucune erreur n’est tolérée\u202F;",
      "dans le navigateur Chromium, une page de chaque type (accueil, fiche, lexique, terme, risque, point clé, questionnaire, recherche, pages d’information) est analysée par axe-core en thème clair puis en thème sombre, et affichée sur un écran de 320\u00A0pixels de large sans défilement horizontal\u202F;",
      "dans Chromium, des parcours au clavier seul sont rejoués\u00A0: les liens d’évitement vers le contenu et vers la recherche, une recherche avec son filtre par type jusqu’à l’ouverture d’un résultat, les réponses au questionnaire avec son résumé des erreurs et l’ouverture de l’explication d’un point clé\u202F;",
      "dans Chromium, chaque page de l’échantillon de l’audit est parcourue entièrement au clavier, avec Tab puis Maj+Tab, sans piège\u202F; chaque type de page garde tout son texte quand l’espacement du texte est redéfini, et sur un téléphone tenu en portrait comme en paysage\u202F;",
      "le contenu et la navigation restent lisibles sans JavaScript.",
    ],
    resultsLimit:
      "Ces tests ne remplacent pas l’audit\u00A0: ils ne repèrent qu’une partie des problèmes possibles et ne jugent pas, par exemple, si un lien ou un titre est clair.",
    inaccessibleTitle: "Contenus non accessibles",
    nonComplianceTitle: "Non-conformités",
    nonComplianceIntro: "Les critères suivants ne sont pas respectés sur au moins une page de l’échantillon\u00A0:",
    noNonCompliance: "L’audit n’a relevé aucune non-conformité. Si vous en rencontrez une, signalez-la-nous (voir «\u00A0Retour d’information et contact\u00A0»).",
    nonComplianceUnaudited:
      "Faute d’audit, les non-conformités ne sont pas connues. Si vous en rencontrez une, signalez-la-nous (voir «\u00A0Retour d’information et contact\u00A0»).",
    unverifiedTitle: "Vérifications restant à faire",
    unverifiedIntro:
      "Ces critères sont jugés conformes d’après le code et l’arbre d’accessibilité du navigateur, mais leur restitution n’a pas encore été vérifiée avec un lecteur d’écran\u00A0:",
    criterionLabel: ["Critère ", slot("id"), " — ", slot("title")],
    pagesLabel: "Pages concernées\u00A0: ",
    exemptionsTitle: "Dérogations pour charge disproportionnée",
    exemptions: "Aucune.",
    outOfScopeTitle: "Contenus non soumis à l’obligation d’accessibilité",
    outOfScope:
      "Aucun. Les fiches au format PDF sont balisées pour les lecteurs d’écran\u202F; la page web de chaque fiche en reste la version de référence, avec le même texte.",
    statementTitle: "Établissement de cette déclaration d’accessibilité",
    statementCreated: "Cette déclaration a été établie le 27 novembre 2026.",
    statementUpdated: ["Elle a été mise à jour le ", slot("date"), ", après l’audit de conformité."],
    technologiesTitle: "Technologies utilisées pour la réalisation du site",
    technologies: [
      "HTML",
      "CSS",
      "SVG (logo et pictogrammes)",
      `JavaScript (uniquement pour la recherche, le bouton d’impression et le bilan de «\u00A0${selfCheckTitle}\u00A0»\u202F; tout le reste fonctionne sans)`,
      "PDF (les fiches à imprimer)",
    ],
    testEnvironmentTitle: "Environnement de test",
    toolsTitle: "Outils pour évaluer l’accessibilité",
    sampleTitle: "Pages du site ayant fait l’objet de la vérification de conformité",
    documentsIntro: "Documents à télécharger vérifiés avec les pages qui les proposent\u00A0:",
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
    lead: "Ce site applique ce que ses fiches conseillent\u00A0: il ne vous suit pas et ne vous demande rien. Seul le serveur qui l’héberge garde, comme tout serveur web, une trace technique des pages demandées.",
    collectedTitle: "Ce que le site ne fait pas",
    collected: [
      ["Aucun cookie n’est déposé, ni par nous, ni par personne d’autre."],
      ["Aucun traceur, aucun outil de mesure d’audience, aucune publicité."],
      [
        "Aucune ressource n’est chargée depuis un autre site\u00A0: pas de police de caractères externe, pas de réseau de diffusion de contenu, pas de vidéo intégrée. Votre navigateur ne parle qu’à ce site.",
      ],
      [
        "Aucun formulaire ne vous demande d’informations personnelles. Les réponses au questionnaire «\u00A0",
        link(selfCheckTitle, urls.selfCheck),
        "\u00A0» restent dans votre navigateur\u00A0: elles ne sont ni envoyées ni conservées.",
      ],
    ],
    searchTitle: "Vos recherches apparaissent dans l’adresse de la page",
    search: [
      "La recherche calcule ses résultats dans votre navigateur, et le site ne garde aucune liste de vos recherches. Mais les mots que vous cherchez s’inscrivent dans l’adresse de la page de résultats, par exemple ",
      code("/recherche/?q=mot+de+passe"),
      ". Cela a deux conséquences\u00A0:",
    ],
    searchEffects: [
      "cette adresse reste dans l’historique de votre navigateur, comme toute page visitée\u00A0: une personne qui utilise le même appareil peut la voir. Une fenêtre de navigation privée évite de la garder\u202F;",
      "chaque fois que cette adresse est chargée (recherche lancée depuis le champ en haut d’une page, page rechargée, lien partagé), elle est envoyée au serveur\u00A0: les mots cherchés figurent alors dans son journal des connexions, décrit ci-dessous.",
    ],
    serverLogsTitle: "Les journaux du serveur",
    serverLogs:
      "Comme la plupart des serveurs web, celui qui héberge ce site tient un journal des connexions\u00A0: pour chaque page demandée, il note l’adresse IP, la date et l’heure, l’adresse de la page (mots cherchés compris) et le nom du navigateur. Ces journaux ne servent ni à mesurer l’audience, ni à vous suivre, ni à vous profiler.",
    controller: ["Responsable du traitement\u00A0: ", slot("publisher"), ", éditeur du site (ses coordonnées sont dans les ", link("mentions légales", urls.legal), ")."],
    purpose: "Finalité\u00A0: assurer la sécurité et le bon fonctionnement du site, par exemple repérer une attaque ou comprendre une panne.",
    legalBasis:
      "Base légale\u00A0: l’intérêt légitime de l’éditeur à protéger son site (article\u00A06, paragraphe\u00A01, point\u00A0f, du règlement général sur la protection des données, ou RGPD).",
    retention: ["Durée de conservation\u00A0: ", slot("retentionDays"), " jours, après quoi les journaux sont effacés."],
    recipients: ["Destinataires\u00A0: l’éditeur et l’hébergeur, ", slot("host"), ", qui exploite le serveur."],
    rightsTitle: "Vos droits",
    rights: [
      "Sur les données de ces journaux, vous avez le droit d’y accéder, de les faire rectifier ou effacer, d’en faire limiter l’usage et de vous opposer à leur traitement (articles 15 à 21 du RGPD). Pour exercer ces droits, écrivez à ",
      slot("contact"),
      ". Indiquez si possible la date, l’heure et l’adresse IP de votre visite\u00A0: le journal ne contient ni nom ni adresse électronique, et sans ces repères l’éditeur ne peut pas retrouver vos connexions.",
    ],
    complaint:
      "Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL), l’autorité chargée de la protection des données personnelles en France\u00A0:",
  },
  legal: {
    lead: [
      "Ces informations sont publiées en application de l’article 1-1 de la loi n",
      sup("o"),
      "\u00A02004-575 du 21 juin 2004 pour la confiance dans l’économie numérique (LCEN).",
    ],
    publisherTitle: "Éditeur",
    nameLabel: "Nom ou raison sociale",
    legalFormLabel: "Forme juridique",
    addressLabel: "Adresse",
    phoneLabel: "Téléphone",
    sirenLabel: "Numéro SIREN",
    registryLabel: "Immatriculation",
    capitalLabel: "Capital social",
    directorTitle: "Directeur ou directrice de la publication",
    hostTitle: "Hébergeur",
    contactTitle: "Contact",
    sourceTitle: "Fiche d’origine",
    source: [
      "La fiche «\u00A0Messagerie instantanée\u00A0» de ce site reprend, phrase par phrase, le texte de la fiche d’origine «\u00A0",
      slot("title"),
      "\u00A0», publiée par ",
      slot("author"),
      "\u00A0: ",
      slot("url"),
      ".",
    ],
    sourceLicence: ["Licence de la fiche d’origine\u00A0: ", slot("licence"), "."],
    licenceTitle: "Licence",
    licence: [
      "Les contenus écrits pour ce site sont publiés sous ",
      slot("licence"),
      " : vous pouvez les réutiliser, y compris à des fins commerciales, en citant la source. Le texte repris de la fiche d’origine reste soumis à sa propre licence, indiquée ci-dessus.",
    ],
    personalDataTitle: "Données personnelles",
    personalData: ["Ce site ne dépose aucun cookie et ne vous demande aucune information. Les journaux du serveur et vos droits sont décrits dans la page ", link("Confidentialité", urls.privacy), "."],
  },
} as const;
