/**
 * Slugs readers can type: « Usurpation d’identité » → `usurpation-d-identite`. Used for anchors and
 * by the scaffolding commands, so both agree with the content rules.
 */
export function slugify(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
