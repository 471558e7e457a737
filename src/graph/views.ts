import type { ContentImage } from "../content/check-images.ts";
import type { AccessibilityResults } from "./accessibility-results.ts";
import type { SiteMetadata } from "../models/site-metadata.ts";
import type { SettingsQuestion } from "../site/settings-check.ts";
import type { NavigationItem } from "./navigation.ts";

/** A link to another page, as templates show it. */
export interface PageLink {
  url: string;
  /** Inline HTML (may hold a `lang` span). */
  titleHtml: string;
  title: string;
  lang?: string | undefined;
}

/** A way to reach a help service, as a link whose text says what it does (« Appeler le 3018 »). */
export interface ContactLinkView {
  kind: "phone" | "sms" | "web";
  href: string;
  label: string;
}

/** A help or reporting service, as its entry on the help page and in the « Obtenir de l’aide » sections. */
export interface HelpServiceView extends PageLink {
  id: string;
  /** The anchor of its full entry on the help page. */
  anchor: string;
  purpose: string;
  notFor?: string | undefined;
  audience: string;
  situations: { id: string; label: string }[];
  contacts: ContactLinkView[];
  cost?: string | undefined;
  hours?: string | undefined;
  /** AAAA-MM-JJ. */
  checked: string;
  /** « 2 décembre 2026 ». */
  checkedLabel: string;
  sources: { url: string; label: string }[];
  risks: RiskView[];
  terms: TermView[];
}

/** One situation of the help page: its services, the first time each appears in full. */
export interface HelpSituationView {
  id: string;
  /** The id of its heading. */
  anchor: string;
  label: string;
  /** Services shown here in full, for the first time on the page. */
  services: HelpServiceView[];
  /** Services that also help here, already shown in full under an earlier situation. */
  shownAbove: HelpServiceView[];
}

export interface TermView extends PageLink {
  id: string;
  letter: string;
  category: { id: string; label: string };
  shortHtml: string;
  short: string;
  bodyHtml: string;
  exampleHtml?: string | undefined;
  adviceHtml?: string | undefined;
  /**
   * The one extra the printed glossary keeps beside the short definition, to hold the 90+ terms in a
   * few pages: the advice, or the example when the term has no advice. The web page shows both.
   */
  printExtra: "advice" | "example";
  otherNames: string[];
  englishNames: string[];
  improperNames: string[];
  /** As typed by editors, never shown on the page. */
  searchSpellings: string[];
  /** Names, search spellings and their derived forms: what search and the glossary linker match. */
  spellings: string[];
  /** The same without the plurals, which Pagefind's stemming finds: one search record each. */
  searchNames: string[];
  /** When the entry's facts were last checked. */
  reviewed: { iso: string; label: string };
  seeAlso: TermView[];
  risks: RiskView[];
  fiches: FicheView[];
  help: HelpServiceView[];
}

/** One step of a risk's advice: HTML for the page, plain text (French typography) for open data. */
export interface StepView {
  html: string;
  text: string;
}

/** One self-check question, numbered across all key points so a legend can say « Question 3 sur 13 ». */
export interface QuestionView extends StepView {
  /** `q-<key point>-<n>`: the fieldset's id and its radios' name; the answers' ids add the answer's value. */
  id: string;
  number: number;
}

/** The pages before and after one, in reading order: the pager of risk and key point pages. */
export interface Neighbours {
  previous?: PageLink | undefined;
  next?: PageLink | undefined;
}

export interface RiskView extends PageLink {
  id: string;
  /** A pictogram id (src/models/icon.ts), drawn by src/site/icons.ts. */
  icon: string;
  descriptionHtml?: string | undefined;
  /** The description's first sentence, inline HTML: the one line of the risk's card. */
  summaryHtml?: string | undefined;
  /** The risks before and after it, in the order the fiches list them. */
  neighbours: Neighbours;
  /** « Comment s’en protéger », in the editors' order. */
  protect: StepView[];
  /** « Si c’est arrivé », in the editors' order. */
  ifItHappened: StepView[];
  /** « Signaler et se faire aider »: actions only; help services are linked separately. */
  report: StepView[];
  parent?: RiskView | undefined;
  subRisks: RiskView[];
  criteria: CriterionView[];
  terms: TermView[];
  /** Fiches that name the risk. */
  fiches: FicheView[];
  /** Where a reader finds the risk: the fiches that name it, or else those that name its parent risk. */
  fichesToRead: FicheView[];
  help: HelpServiceView[];
}

export interface CriterionView extends PageLink {
  id: string;
  /** A pictogram id (src/models/icon.ts), drawn by src/site/icons.ts. */
  icon: string;
  order: number;
  /** The key points before and after it, in rank order. */
  neighbours: Neighbours;
  bodyHtml: string;
  takeawayHtml: string;
  /** The takeaway as plain text, with French typography. */
  takeaway: string;
  /** The self-check questions of « Ma messagerie est-elle sûre ? »; the point is met only if every answer is « Oui ». */
  questions: QuestionView[];
  /** « Comment vérifier dans votre application »: where to look, in the editors' order. */
  howToCheck: StepView[];
  /** That section on the point's page, where the self-check links. */
  howToCheckUrl: string;
  risks: RiskView[];
  /** Glossary terms named in the point's title, questions, text or takeaway, in reading order. */
  terms: TermView[];
}

export interface ListItemView {
  html: string;
  items: ListItemView[];
}

export interface RiskItemView {
  /** The fiche's wording, without the list punctuation that follows it. */
  html: string;
  /** « , », « . » or « : » after the item, kept out of the link text. */
  trailing: string;
  risk: RiskView;
  items: RiskItemView[];
}

export interface CriterionItemView {
  criterion: CriterionView;
  /** The point's text, rendered with this fiche's glossary links. */
  bodyHtml: string;
  headingId: string;
}

export type SectionView =
  /** `added`: a heading of ours, not the source's (shown on screen only, so the sheet stays the source's text). */
  | { type: "heading"; level: number; id: string; html: string; text: string; added?: boolean }
  | { type: "prose"; html: string }
  | { type: "list"; items: ListItemView[] }
  | { type: "audience"; labelHtml: string; html: string }
  | { type: "callout"; tone: "warning" | "info"; html: string }
  | { type: "risks"; items: RiskItemView[] }
  | { type: "criteria"; introHtml: string; items: CriterionItemView[] }
  | { type: "ficheReference"; textHtml: string; fiche: PageLink; printedUrl: string }
  | { type: "glossary"; letters: LetterGroup[] };

export interface LetterGroup {
  letter: string;
  id: string;
  terms: TermView[];
}

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** The document properties of a fiche's PDF. */
export interface PdfDocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  /** AAAA-MM-JJ: the fiche's update date, so the same content gives the same file. */
  date: string;
}

export interface FicheView extends PageLink {
  id: string;
  subtitle: string;
  summary: string;
  updated: string;
  updatedLabel: string;
  version: string;
  publisher: string;
  pdf: { url: string; subject: string; keywords: string[]; maxPages: number; info: PdfDocumentInfo };
  /** The texts printed in the margins of each PDF page. */
  printMargins: { left: string; right: string };
  sections: SectionView[];
  /** The outline of the fiche's text: its level-2 headings, with the key points and our risks heading below them. */
  toc: TocEntry[];
  /** The « Sommaire » of the page: the outline, then the parts the page adds after the text (terms, mapping). */
  pageToc: TocEntry[];
  /** Terms linked from the fiche's text, for the list of definitions at its end. */
  usedTerms: TermView[];
  risks: RiskView[];
}

export interface Breadcrumb {
  url: string;
  title: string;
}

/** A link at the very top of a page, shown when focused, to a part of the page. */
export interface SkipLink {
  href: string;
  label: string;
}

/** What the layout shows around a page's content: everything is decided here, not in templates. */
export interface PageMeta {
  url: string;
  /** The page's own title (the last breadcrumb, the start of `<title>`). */
  title: string;
  /** The whole `<title>`: « Page — Site ». */
  documentTitle: string;
  /** The page's address on the published site. */
  canonicalUrl: string;
  description: string;
  /** Links above the page, from the home page down to its parent; empty on the home page. */
  breadcrumbs: Breadcrumb[];
  /** Short name in the breadcrumb trail, when the title is long. */
  breadcrumbTitle: string;
  /** The first links of the page: to the content, to the search field, then to the page's own parts. */
  skipLinks: SkipLink[];
  scripts: string[];
  printStyles: string[];
  /** Listed in `sitemap.xml` (the 404 page is not). */
  inSitemap: boolean;
  /** The header and footer links, the page's own and its section's marked with `aria-current`. */
  navigation: { main: NavigationItem[]; footer: NavigationItem[] };
  /** Names the navigation state: pages with the same key show the very same navigation. */
  navigationKey: string;
}

/** Everything templates and later steps need, computed once per build from validated content. */
/** A question about the reader's own settings, with its « Comment faire » link as printed on paper. */
export interface SettingsQuestionView extends SettingsQuestion {
  /** `howToUrl` made absolute: a printed checklist cannot be clicked. */
  printedUrl: string;
}

export interface SiteGraph {
  site: SiteMetadata;
  fiches: FicheView[];
  risks: RiskView[];
  /** Top-level risks, in the order fiches name them, each with its sub-risks. */
  rootRisks: RiskView[];
  /** Every risk in reading order: each top-level risk, then its sub-risks (index cards, previous / next). */
  riskOrder: RiskView[];
  criteria: CriterionView[];
  /** How many questions « Ma messagerie est-elle sûre ? » asks, over all key points. */
  questionCount: number;
  /** The self-check's second part, about the reader's own settings (src/site/settings-check.ts). */
  settingsQuestions: SettingsQuestionView[];
  /** Help services named at the end of the self-check result. */
  selfCheckHelp: HelpServiceView[];
  /** The CNIL complaint service the privacy page offers; absent from corpora without it (test fixtures). */
  privacyComplaint?: HelpServiceView | undefined;
  terms: TermView[];
  letters: LetterGroup[];
  /** Help services in the order of their situations, then by name. */
  helpServices: HelpServiceView[];
  /** The help page's sections, in the fixed order of situations; empty situations left out. */
  helpSituations: HelpSituationView[];
  categories: { id: string; label: string; terms: TermView[] }[];
  /** Every HTML page of the site, by URL. */
  pages: Readonly<Record<string, PageMeta>>;
  /** Absolute URLs of the pages listed in `sitemap.xml`. */
  sitemap: string[];
  /** Images of the content folder the pages show, to copy into the site. */
  images: ContentImage[];
  /** What the accessibility statement publishes, computed from the audit grid; absent before any audit. */
  accessibility: AccessibilityResults | undefined;
}
