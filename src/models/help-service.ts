import { z } from "zod";
import { frenchPhoneDigits } from "../text/phone-number.ts";
import { httpsUrl, isoDate, list, slug, strictObject, text } from "./fields.ts";

/**
 * The situations readers arrive with, in the order the « Obtenir de l’aide » page lists them: a
 * fixed list, so every service is filed under words readers recognise and no section is misspelt.
 */
export const helpSituations = {
  urgence: { order: 1, label: "Je suis en danger immédiat" },
  "compte-pirate": { order: 2, label: "On a piraté ou volé mon compte" },
  arnaque: { order: 3, label: "J’ai été victime d’une arnaque en ligne" },
  "carte-bancaire": { order: 4, label: "Ma carte bancaire a été utilisée à mon insu" },
  "sms-suspect": { order: 5, label: "J’ai reçu un SMS ou un appel suspect" },
  "courriel-indesirable": { order: 6, label: "J’ai reçu un courriel indésirable ou d’hameçonnage" },
  harcelement: { order: 7, label: "Je suis harcelé ou harcelée en ligne" },
  violences: { order: 8, label: "Je subis des violences (conjugales, sexuelles…)" },
  "contenu-illegal": { order: 9, label: "J’ai vu un contenu illégal en ligne" },
  "telephone-vole": { order: 10, label: "On m’a volé mon téléphone" },
  "donnees-personnelles": { order: 11, label: "Une organisation ne respecte pas mes données personnelles" },
} as const satisfies Record<string, { order: number; label: string }>;

export type HelpSituation = keyof typeof helpSituations;

const situationIds = Object.keys(helpSituations) as [HelpSituation, ...HelpSituation[]];

const PHONE_EXAMPLES = "« 17 », « 112 », « 3018 », « 33700 », « 116 006 » ou « 0 805 805 817 »";

/**
 * A number readers will dial or text. Quoted in YAML, because YAML reads `0805805817` as a number
 * and drops its leading zero.
 */
function frenchPhone(what: string) {
  return z
    .string({ error: `attendu : ${what} entre guillemets, par exemple ${PHONE_EXAMPLES}` })
    .refine((value) => frenchPhoneDigits(value) !== undefined, {
      error: `numéro non reconnu ; attendu : ${what}, numéro court ou numéro français à 10 chiffres commençant par 0, par exemple ${PHONE_EXAMPLES}`,
    })
    .meta({ pattern: "^\\d[\\d \\u00A0\\u202F]*$" });
}

const contactSchema = strictObject({
  phone: frenchPhone("un numéro à appeler").optional(),
  sms: frenchPhone("un numéro où envoyer un SMS").optional(),
  web: httpsUrl("l’adresse du service ou de la page officielle qui l’explique").optional(),
}).refine((contact) => contact.phone !== undefined || contact.sms !== undefined || contact.web !== undefined, {
  error: "aucun moyen de contact ; attendu : au moins un des champs phone, sms ou web",
});

/**
 * A help or reporting service (`content/aide/<id>.yaml`). Readers act on these facts in distress, so
 * each one is dated (`checked`) and traceable (`sources`): a wrong number is worse than none.
 */
export const helpServiceSchema = strictObject({
  /** From the file name; also the anchor of its entry on the help page, so it starts with a letter. */
  id: slug.refine((value) => /^[a-z]/.test(value), {
    error: "attendu : un nom de fichier qui commence par une lettre, car il sert d’ancre dans la page « Obtenir de l’aide », par exemple « ligne-3018 »",
  }),
  name: text,
  /** What it is for, in our words. */
  purpose: text,
  /** What readers must not expect from it (an emergency, a complaint…). */
  notFor: text.optional(),
  /** Who it serves, in a few words. */
  audience: text,
  situations: list(
    z.enum(situationIds, { error: `situation inconnue ; attendu : une situation parmi ${situationIds.join(", ")}` }),
    "situations",
  ).min(1, { error: "liste vide ; attendu : au moins une situation" }),
  contact: contactSchema,
  cost: text.optional(),
  hours: text.optional(),
  /** When the facts were last confirmed against the sources. */
  checked: isoDate,
  /** The pages that confirm the facts, for editors who check them again and for reusers. */
  sources: list(httpsUrl("l’adresse d’une source officielle"), "adresses de sources").min(1, {
    error: "liste vide ; attendu : au moins une source",
  }),
});

export type HelpServiceInput = z.input<typeof helpServiceSchema>;
export type HelpService = z.output<typeof helpServiceSchema>;
