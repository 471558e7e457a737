const longDate = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });

/** « 27 novembre 2026 », « 1er janvier 2026 », the same on every machine whatever its time zone. */
export function formatFrenchDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`)).replace(/^1 /, "1er ");
}
