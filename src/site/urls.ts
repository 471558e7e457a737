const riskStepIds = { protect: "s-en-proteger", ifItHappened: "si-c-est-arrive", report: "signaler" } as const;

/** Every public URL of the site is built here, so templates, sitemap and tests agree. */
export const urls = {
  home: "/",
  fiches: "/fiches/",
  notFound: "/404.html",
  sitemap: "/sitemap.xml",
  fiche: (slug: string) => `/fiches/${slug}/`,
  fichePdf: (slug: string) => `/pdf/${slug}.pdf`,
  /** Ids of the parts a fiche page adds around the fiche's text: the Sommaire and skip links point at them. */
  ficheIds: { toc: "sommaire", terms: "lexique-de-la-fiche", mapping: "points-contre-risques" },
  /** Margin texts of the printed sheet (title, date), one small stylesheet per fiche. */
  fichePrintCss: (slug: string) => `/fiches/${slug}/impression.css`,
  /** The printed fiche's layout (title band, key points, compact glossary), shared by every fiche. */
  ficheSheetCss: "/assets/css/impression-fiche.css",
  glossary: "/lexique/",
  term: (slug: string) => `/lexique/${slug}/`,
  risks: "/risques/",
  risk: (id: string) => `/risques/${id}/`,
  /** The ids of a risk page's three step lists, so links elsewhere can point at one of them. */
  riskStepIds,
  /** One of a risk page's step lists: where the self-check sends a reader to change a setting. */
  riskSteps: (id: string, part: keyof typeof riskStepIds) => `/risques/${id}/#${riskStepIds[part]}`,
  criteria: "/points-cles/",
  criterion: (id: string) => `/points-cles/${id}/`,
  /** The id of a key point page's « Comment vérifier dans votre application » section. */
  criterionHowToCheckId: "comment-verifier",
  /** Where the self-check sends a reader who does not know the answer: how to find it out. */
  criterionHowToCheck: (id: string) => `/points-cles/${id}/#comment-verifier`,
  search: "/recherche/",
  siteMap: "/plan-du-site/",
  accessibility: "/accessibilite/",
  /** The RGAA audit grid the accessibility statement is computed from, for spreadsheets. */
  accessibilityGrid: "/accessibilite/grille-audit-rgaa.csv",
  privacy: "/confidentialite/",
  legal: "/mentions-legales/",
  selfCheck: "/ma-messagerie-est-elle-sure/",
  openData: "/donnees-ouvertes/",
  help: "/aide/",
  /** A help service's full entry on the help page. */
  helpService: (id: string) => `/aide/#${id}`,
  /** One JSON file per content type, with its JSON Schema next to it. */
  openDataFile: (name: string) => `/api/${name}.json`,
  openDataSchema: (name: string) => `/api/${name}.schema.json`,
  /** Atom feed of fiche updates. */
  feed: "/flux.xml",
} as const;
