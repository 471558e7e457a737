/**
 * Characters no content may hold: C0 and C1 controls other than tab and line breaks, DEL, the
 * non-characters XML 1.0 forbids, lone surrogates, and the bidirectional embedding, override and
 * isolate controls that can make a text display in another order than it reads (« Trojan Source »).
 * Readers never need them; a vertical tab pasted from a word processor would make the feed invalid XML.
 */
export const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|\p{Cs}/gu;

const FORBIDDEN_CHARACTER = new RegExp(FORBIDDEN_CHARACTERS.source, "u");

/** The first forbidden character of a text, if any (a stateless test, unlike the global pattern). */
export function firstForbiddenCharacter(text: string): string | undefined {
  return FORBIDDEN_CHARACTER.exec(text)?.[0];
}

const NAMES: Record<number, string> = {
  0x00: "caractère nul",
  0x08: "retour arrière",
  0x0b: "tabulation verticale",
  0x0c: "saut de page",
  0x1b: "échappement, qui pilote le terminal",
  0x7f: "suppression",
  0x202a: "début d’enchâssement gauche à droite",
  0x202b: "début d’enchâssement droite à gauche",
  0x202c: "fin d’enchâssement",
  0x202d: "forçage gauche à droite",
  0x202e: "forçage droite à gauche",
  0x2066: "isolement gauche à droite",
  0x2067: "isolement droite à gauche",
  0x2068: "isolement selon le contenu",
  0x2069: "fin d’isolement",
};

/** `U+000B`: how a character that cannot be shown is named in messages. */
export function codePointLabel(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** A French description of one forbidden character, for editors who cannot see it. */
export function describeForbiddenCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  const name = NAMES[code];
  const label = name ? `${codePointLabel(character)} (${name})` : codePointLabel(character);
  const isBidi = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  return isBidi
    ? `caractère invisible de direction du texte ${label} ; attendu : du texte sans lui (l’arabe ou l’hébreu s’affichent bien sans ce caractère), supprimez-le`
    : `caractère invisible interdit ${label}, souvent collé depuis un traitement de texte ; attendu : du texte sans caractère de contrôle, supprimez-le ou retapez l’espace`;
}

const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Messages echo values found in content: a field holding `ESC[2J` must not clear or recolour the
 * editor's terminal. Tabs and line breaks stay; every other control is shown as `⟨U+001B⟩`.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (character) => `⟨${codePointLabel(character)}⟩`);
}
