import { z } from "zod";

z.config(z.locales.fr());

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs become URLs and file names: one readable spelling, no accents, no case. */
export const slug = z
  .string({ error: "attendu : un identifiant (slug) en texte" })
  .regex(SLUG, {
    error:
      "attendu : un identifiant (slug) en minuscules sans accents, chiffres et tirets simples, par exemple « chiffrement-de-bout-en-bout »",
  });

/** A text editors must fill in: whitespace alone counts as empty. */
export const text = z
  .string({ error: "attendu : un texte" })
  .trim()
  .min(1, { error: "attendu : un texte non vide" });

/** Markdown source; rendered by the build with raw HTML disabled. */
export const markdown = text.describe("Texte au format Markdown (le HTML brut est affiché tel quel).");

/** A reference to another content item by its slug or id. */
export function reference(what: string) {
  return z
    .string({ error: `attendu : l’identifiant d’${what}` })
    .regex(SLUG, { error: `attendu : l’identifiant d’${what} (minuscules, chiffres et tirets)` });
}

/**
 * A web address readers will follow or that pages are built on: `https:` only, so a `javascript:`
 * or `data:` value can never become a link, and no `http:` page sends readers off encrypted pages.
 * `origin` additionally refuses a path, query or fragment (the site's own address).
 */
export function httpsUrl(what: string, { origin = false } = {}) {
  const example = origin ? "https://fiches.example.fr" : "https://www.example.fr/page";
  return z
    .string({ error: `attendu : ${what}, une adresse web en https` })
    .superRefine((value, context) => {
      const problem = httpsUrlProblem(value, origin);
      if (problem) context.addIssue({ code: "custom", message: `${problem} ; attendu : ${what}, par exemple ${example}` });
    })
    .meta({ format: "uri", pattern: origin ? "^https://[^/?#\\s]+$" : "^https://\\S+$" });
}

function httpsUrlProblem(value: string, origin: boolean): string | undefined {
  if (/[\s<>"'`\\]/u.test(value)) return "espace, guillemet ou caractère interdit dans l’adresse";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "adresse web incomplète ou mal formée";
  }
  if (url.protocol !== "https:") return `adresse en « ${url.protocol} » refusée, seules les adresses https:// sont acceptées`;
  if (!url.hostname.includes(".") || url.hostname.endsWith(".")) return "nom de domaine incomplet";
  if (url.username || url.password) return "identifiant ou mot de passe dans l’adresse refusé";
  if (origin && (url.pathname !== "/" || url.search || url.hash || value.endsWith("/"))) {
    return "seule l’adresse du site est attendue, sans chemin, sans « ? », sans « # » ni « / » final";
  }
  return undefined;
}

/** Dates as editors type them (2024-05-31); kept as strings so YAML never guesses a time zone. */
export const isoDate = z
  .string({ error: "attendu : une date au format AAAA-MM-JJ, entre guillemets ou non" })
  .refine(isRealIsoDate, { error: "attendu : une date réelle au format AAAA-MM-JJ, par exemple 2024-05-31" });

function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A language tag for words that are not French (RGAA 8.7). */
export const languageTag = z
  .string({ error: "attendu : un code de langue" })
  .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: "attendu : un code de langue BCP 47, par exemple « en »" })
  .refine((value) => value !== "fr", { error: "à omettre pour un mot français ; attendu : la langue d’un mot étranger, par exemple « en »" });

/** Keys the loader fills from the file (its name, its Markdown body): never offered to editors. */
const DERIVED_KEYS = ["id", "body"];

/**
 * Strict objects name the allowed keys and the closest one, because a misspelled key is the
 * editors' most common mistake and must never be silently ignored.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).filter((key) => !DERIVED_KEYS.includes(key));
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") {
        return unknownKeysMessage(issue.keys, allowed);
      }
      if (issue.code === "invalid_type") {
        return `attendu : un ensemble de champs (${allowed.join(", ")})`;
      }
      return undefined;
    },
  });
}

function unknownKeysMessage(keys: readonly string[], allowed: readonly string[]): string {
  const parts = keys.map((key) => {
    const suggestion = closestKey(key, allowed);
    return suggestion ? `« ${key} » (vouliez-vous dire « ${suggestion} » ?)` : `« ${key} »`;
  });
  const noun = keys.length > 1 ? "clés inconnues" : "clé inconnue";
  return `${noun} ${parts.join(", ")} ; clés permises : ${allowed.join(", ")}`;
}

/** The allowed key an editor most probably meant, if one is close enough. */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** A YAML list; the message tells editors the syntax, since a lone value is the usual mistake. */
export function list<Item extends z.ZodType>(item: Item, what: string) {
  return z.array(item, { error: `attendu : une liste de ${what} (une ligne « - … » par élément, ou [a, b])` });
}
