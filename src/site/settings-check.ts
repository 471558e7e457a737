import { withFrenchSpacing } from "../text/french-typography.ts";
import { urls } from "./urls.ts";

/** A risk page's step list, named by risk id and part, so a test can check it exists in the site graph. */
export interface RiskStepsTarget {
  readonly risk: string;
  readonly part: keyof typeof urls.riskStepIds;
}

/**
 * One question of the self-check's second part, about the reader's own phone and account rather
 * than the app: `title` names it in the result and the error summary, `why` says what it protects
 * from, `howTo` is the risk page's step list that says how to do it.
 */
export interface SettingsQuestion {
  /** The fieldset's id (`r-…`) and its answers' name: distinct from the key points' `q-…` ids. */
  readonly id: string;
  readonly title: string;
  readonly question: string;
  readonly why: string;
  readonly howTo: RiskStepsTarget;
  /** `howTo` as a URL, so the template links without building it. */
  readonly howToUrl: string;
}

function settingsQuestion(question: Omit<SettingsQuestion, "howToUrl">): SettingsQuestion {
  return { ...question, howToUrl: urls.riskSteps(question.howTo.risk, question.howTo.part) };
}

/**
 * Settings that protect an account whatever the app, one idea each, worded so that « Oui » is the
 * safe answer: the self-check counts any other answer as something to check or change, as it does
 * for key points. A setting an app may lack says so (« si votre application le propose »), so that
 * no reader is told to look for an option that does not exist.
 */
export const settingsQuestions: readonly SettingsQuestion[] = withFrenchSpacing([
  settingsQuestion({
    id: "r-verrouillage",
    title: "Verrouillage du téléphone",
    question: "Votre téléphone demande-t-il un code ou votre empreinte pour se déverrouiller, et pas un simple glissement du doigt\u202F?",
    why: "Un téléphone perdu, volé ou laissé sans surveillance s’ouvre sans effort s’il ne demande pas de code\u00A0: vos conversations sont alors lisibles, et votre compte peut être repris.",
    howTo: { risk: "piratage", part: "protect" },
  }),
  settingsQuestion({
    id: "r-deux-etapes",
    title: "Validation en deux étapes",
    question:
      "Avez-vous activé sur votre compte de messagerie la validation en deux étapes, c’est-à-dire un code PIN en plus du code reçu par SMS, si votre application le propose\u202F?",
    why: "Sans elle, quelqu’un qui obtient le code reçu par SMS, par une ruse ou un échange de carte SIM, peut installer votre compte sur son propre téléphone. Un code PIN connu de vous seulement l’en empêche.",
    howTo: { risk: "vol-d-identite", part: "protect" },
  }),
  settingsQuestion({
    id: "r-mises-a-jour",
    title: "Mises à jour",
    question: "Les mises à jour automatiques sont-elles activées pour votre téléphone et pour votre application de messagerie\u202F?",
    why: "Les mises à jour corrigent des failles que les pirates et les logiciels malveillants exploitent\u00A0; automatiques, elles s’installent sans que vous ayez à y penser.",
    howTo: { risk: "virus-et-logiciels-malveillants", part: "protect" },
  }),
  settingsQuestion({
    id: "r-appareils-connectes",
    title: "Appareils connectés",
    question:
      "Avez-vous vérifié récemment la liste des appareils connectés à votre compte, comme les versions web ou pour ordinateur, et déconnecté ceux que vous ne reconnaissez pas\u202F?",
    why: "Un ordinateur ou un navigateur relié à votre compte reçoit vos messages. Si quelqu’un en a relié un à votre insu, par exemple en scannant un code QR avec votre téléphone, il lit vos conversations sans que rien ne change sur votre téléphone.",
    howTo: { risk: "vol-de-donnees", part: "protect" },
  }),
  settingsQuestion({
    id: "r-sauvegardes",
    title: "Sauvegardes",
    question:
      "Si vous sauvegardez vos conversations, avez-vous activé le chiffrement de la sauvegarde, avec une clé ou un mot de passe connus de vous seulement\u202F? Répondez «\u00A0Oui\u00A0» si vous ne faites aucune sauvegarde.",
    why: "Dans bien des applications, ce chiffrement est à activer soi-même. Une sauvegarde non chiffrée, ou dont la clé est gardée par le service qui l’héberge, peut être lue par d’autres que vous, même si vos messages sont chiffrés de bout en bout. Gardez la clé ou le mot de passe en lieu sûr, hors du téléphone\u00A0: sans eux, vous-même ne pourrez pas restaurer la sauvegarde.",
    howTo: { risk: "fuites-de-donnees", part: "protect" },
  }),
  settingsQuestion({
    id: "r-groupes",
    title: "Ajout aux groupes",
    question: "Avez-vous réservé à vos seuls contacts le droit de vous ajouter à un groupe, si votre application le propose\u202F?",
    why: "Des escrocs ajoutent des inconnus à des groupes pour leur envoyer des liens piégés ou de fausses offres. Réserver ce droit à vos contacts vous évite de vous retrouver dans un groupe sans l’avoir voulu.",
    howTo: { risk: "hameconnage", part: "protect" },
  }),
]);

/**
 * Help services the self-check result offers by name (ids of `content/aide/`): those that answer the
 * troubles a messaging app brings (a stolen account, a scam, harassment). A unit test checks that the
 * real content has each; a corpus without them (test fixtures) simply lists none.
 */
export const selfCheckHelpIds: readonly string[] = ["plateforme-17cyber", "cybermalveillance", "e-enfance-3018"];
