/**
 * Slugs readers can type: « Usurpation d’identité » → `usurpation-d-identite`. Used for anchors and
 * by the scaffolding commands, so both agree with the content rules.
 */
export function slugify(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
