import type { AccessibilityAudit } from "../content/load-accessibility-audit.ts";
import type { AuditStatus } from "../models/accessibility-audit.ts";
import { formatFrenchDate } from "../text/format-date.ts";

/** The three states a French accessibility statement may declare (RGAA, « État de conformité »). */
export type ComplianceState = "totalement conforme" | "partiellement conforme" | "non conforme";

export interface SamplePageResult {
  id: string;
  title: string;
  url: string;
}

export interface CriterionResult {
  id: string;
  title: string;
  themeTitle: string;
  /** Over the sample: non conforme on one page is enough; non applicable only if so on every page. */
  status: AuditStatus;
  nonConformPages: { page: SamplePageResult; evidence: string }[];
  unverified: { page: SamplePageResult; text: string }[];
  /** The distinct `unverified` texts of its rows: pages sharing a template often share one. */
  unverifiedTexts: string[];
}

/** One verdict of the grid with its criterion and page spelled out, for the downloadable grid. */
export interface GridRowResult {
  themeTitle: string;
  criterion: { id: string; title: string };
  page: SamplePageResult;
  status: AuditStatus;
  evidence: string;
  unverified: string | undefined;
}

export interface AccessibilityResults {
  version: string;
  auditor: string;
  auditedOn: string;
  /** « 2 décembre 2026 ». */
  auditedOnText: string;
  criteria: CriterionResult[];
  counts: { conforme: number; nonConforme: number; nonApplicable: number; applicable: number };
  /** Conforming criteria over applicable ones, in percent, rounded down to a tenth: never flattering. */
  rate: number;
  /** « 91,4 % », as the statement prints it. */
  rateText: string;
  /** The mean of each page's own rate, the RGAA's optional second figure. */
  averageRate: number;
  averageRateText: string;
  state: ComplianceState;
  nonConformities: CriterionResult[];
  /** Criteria judged from the code and accessibility tree that a real screen reader should still confirm. */
  unverified: CriterionResult[];
  pages: SamplePageResult[];
  grid: GridRowResult[];
  documents: { title: string; url: string }[];
  tools: string[];
  environment: string[];
}

/** « 91,4 % », « 100 % »: French decimal comma and a no-break space before the sign. */
export function frenchPercent(value: number): string {
  return `${String(value).replace(".", ",")}\u00A0%`;
}

const floorToTenth = (value: number) => Math.floor(value * 10 + 1e-9) / 10;

function percent(conforming: number, applicable: number): number {
  return applicable === 0 ? 100 : floorToTenth((conforming / applicable) * 100);
}

function aggregate(statuses: AuditStatus[]): AuditStatus {
  if (statuses.includes("non conforme")) return "non conforme";
  return statuses.every((status) => status === "non applicable") ? "non applicable" : "conforme";
}

/**
 * The RGAA thresholds (100 % totally, 50 % partly), with one rule of ours: a criterion that still
 * awaits a real screen reader has not been fully verified, so the site does not claim total conformity.
 */
export function complianceState(rate: number, unverifiedCount: number): ComplianceState {
  if (rate >= 100 && unverifiedCount === 0) return "totalement conforme";
  return rate >= 50 ? "partiellement conforme" : "non conforme";
}

/**
 * Computes what the accessibility statement publishes from the audit grid, so the statement can
 * only say what the verdicts say.
 */
export function accessibilityResults(audit: AccessibilityAudit): AccessibilityResults {
  const pages = audit.info.pages.map(({ id, title, url }) => ({ id, title, url }));
  const pageById = new Map(pages.map((page) => [page.id, page]));
  const rowsByCriterion = new Map<string, AccessibilityAudit["rows"]>();
  for (const row of audit.rows) rowsByCriterion.set(row.criterion, [...(rowsByCriterion.get(row.criterion) ?? []), row]);
  const criteria = audit.referential.themes.flatMap((theme) =>
    theme.criteria.map((criterion): CriterionResult => {
      const rows = rowsByCriterion.get(criterion.id) ?? [];
      return {
        id: criterion.id,
        title: criterion.title,
        themeTitle: theme.title,
        status: aggregate(rows.map((row) => row.status)),
        nonConformPages: rows.filter((row) => row.status === "non conforme").map((row) => ({ page: pageById.get(row.page)!, evidence: row.evidence })),
        unverified: rows.flatMap((row) => (row.unverified ? [{ page: pageById.get(row.page)!, text: row.unverified }] : [])),
        unverifiedTexts: [...new Set(rows.flatMap((row) => (row.unverified ? [row.unverified] : [])))],
      };
    }),
  );
  const count = (status: AuditStatus) => criteria.filter((criterion) => criterion.status === status).length;
  const counts = { conforme: count("conforme"), nonConforme: count("non conforme"), nonApplicable: count("non applicable"), applicable: 0 };
  counts.applicable = counts.conforme + counts.nonConforme;
  const rate = percent(counts.conforme, counts.applicable);
  const pageRates = pages.map((page) => {
    const statuses = audit.rows.filter((row) => row.page === page.id).map((row) => row.status);
    const conforming = statuses.filter((status) => status === "conforme").length;
    return percent(conforming, conforming + statuses.filter((status) => status === "non conforme").length);
  });
  const averageRate = floorToTenth(pageRates.reduce((sum, value) => sum + value, 0) / Math.max(pageRates.length, 1));
  const unverified = criteria.filter((criterion) => criterion.unverified.length > 0 && criterion.status !== "non conforme");
  return {
    version: audit.referential.version,
    auditor: audit.info.auditor,
    auditedOn: audit.info.auditedOn,
    auditedOnText: formatFrenchDate(audit.info.auditedOn),
    criteria,
    counts,
    rate,
    rateText: frenchPercent(rate),
    averageRate,
    averageRateText: frenchPercent(averageRate),
    state: complianceState(rate, unverified.length),
    nonConformities: criteria.filter((criterion) => criterion.status === "non conforme"),
    unverified,
    pages,
    grid: criteria.flatMap((criterion) =>
      (rowsByCriterion.get(criterion.id) ?? []).map((row) => ({
        themeTitle: criterion.themeTitle,
        criterion: { id: criterion.id, title: criterion.title },
        page: pageById.get(row.page)!,
        status: row.status,
        evidence: row.evidence,
        unverified: row.unverified,
      })),
    ),
    documents: audit.info.documents,
    tools: audit.info.tools,
    environment: audit.info.environment,
  };
}
