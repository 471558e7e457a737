import type { AccessibilityResults } from "../graph/accessibility-results.ts";
import { absoluteUrl } from "../site/absolute-url.ts";
import { toCsv } from "../text/csv.ts";

const header = ["Thématique", "Critère", "Intitulé du critère", "Page", "Adresse", "Statut", "Preuve", "Reste à vérifier"];

/** The audit grid as a spreadsheet, the way RGAA audits are usually shared and reviewed. */
export function auditGridCsv(results: AccessibilityResults, baseUrl: string): string {
  return toCsv([
    header,
    ...results.grid.map((row) => [
      row.themeTitle,
      row.criterion.id,
      row.criterion.title,
      row.page.title,
      absoluteUrl(row.page.url, baseUrl),
      row.status,
      row.evidence,
      row.unverified ?? "",
    ]),
  ]);
}
