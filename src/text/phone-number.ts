/**
 * French phone numbers as editors type them (« 3018 », « 116 006 », « 0 805 805 817 ») and as readers
 * need them: digits only in `tel:`/`sms:` links, so every phone dials them, and French grouping on
 * the page, so the number reads the way it is said.
 */

/** The kinds of numbers a help service can have in France; anything else is most likely a typo. */
const FRENCH_NUMBER_PATTERNS: readonly RegExp[] = [
  /** Emergency and public short numbers: 15, 17, 18, 112, 114, 119… */
  /^1\d{1,2}$/,
  /** European harmonised numbers of social value: 116 000, 116 006, 116 111… */
  /^116\d{3}$/,
  /** Four-digit short numbers: 3018, 3919, 3237… */
  /^3\d{3}$/,
  /** Five-digit SMS short numbers: 33700… */
  /^[3-8]\d{4}$/,
  /** Ten-digit national numbers: 01 23 45 67 89, 0 805 805 817… */
  /^0[1-9]\d{8}$/,
];

/** Spaces editors may type between digit groups: plain, no-break or narrow no-break. */
const GROUP_SEPARATORS = /[ \u00A0\u202F]/g;

/** The digits of a French number, or `undefined` when it is not one of the accepted forms. */
export function frenchPhoneDigits(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^\d[\d \u00A0\u202F]*$/.test(trimmed) || / {2}/.test(trimmed)) return undefined;
  const digits = trimmed.replace(GROUP_SEPARATORS, "");
  return FRENCH_NUMBER_PATTERNS.some((pattern) => pattern.test(digits)) ? digits : undefined;
}

/**
 * The number as French readers expect it, groups joined by no-break spaces so it never breaks
 * across lines: « 0 805 805 817 » for special-rate 08 numbers, « 01 23 45 67 89 » for others,
 * « 116 006 », and short numbers whole (« 3018 », « 33700 »).
 */
export function formatFrenchPhoneNumber(digits: string): string {
  const nbsp = "\u00A0";
  if (/^08\d{8}$/.test(digits)) return [digits.slice(0, 1), digits.slice(1, 4), digits.slice(4, 7), digits.slice(7)].join(nbsp);
  if (/^0\d{9}$/.test(digits)) return digits.match(/\d{2}/g)!.join(nbsp);
  if (/^116\d{3}$/.test(digits)) return `116${nbsp}${digits.slice(3)}`;
  return digits;
}

/** `tel:` or `sms:` link of a number: digits only, which every phone and browser accepts. */
export function phoneHref(scheme: "tel" | "sms", digits: string): string {
  if (!/^\d+$/.test(digits)) throw new Error(`Numéro de téléphone non normalisé : ${digits}`);
  return `${scheme}:${digits}`;
}
