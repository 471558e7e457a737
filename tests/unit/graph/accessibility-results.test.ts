import { describe, expect, it } from "vitest";
import type { AccessibilityAudit } from "../../../src/content/load-accessibility-audit.ts";
import { accessibilityResults, complianceState, frenchPercent } from "../../../src/graph/accessibility-results.ts";
import type { AuditStatus } from "../../../src/models/accessibility-audit.ts";

const pages = [
  { id: "accueil", title: "Accueil", url: "/" },
  { id: "aide", title: "Aide", url: "/aide/" },
];

/** An audit of three criteria on two pages; `statuses` gives each criterion's verdicts page by page. */
function audit(statuses: Record<"1.1" | "1.2" | "2.1", [AuditStatus, AuditStatus]>, unverified?: string): AccessibilityAudit {
  return {
    referential: {
      version: "4.1.2",
      themes: [
        { number: 1, title: "Images", criteria: [{ id: "1.1", title: "Alternative" }, { id: "1.2", title: "Décoration" }] },
        { number: 2, title: "Cadres", criteria: [{ id: "2.1", title: "Titre de cadre" }] },
      ],
    },
    info: { auditor: "nous", auditedOn: "2026-12-02", pages, documents: [], tools: ["inspection"], environment: ["Chromium"] },
    rows: Object.entries(statuses).flatMap(([criterion, verdicts]) =>
      verdicts.map((status, index) => ({
        criterion,
        page: pages[index]!.id,
        status,
        evidence: `preuve ${criterion} ${index}`,
        unverified: criterion === "1.1" && index === 0 ? unverified : undefined,
      })),
    ),
  };
}

describe("unit", () => {
  describe("accessibilityResults", () => {
    it("counts a criterion non conforme when one page fails, and leaves criteria applicable nowhere out of the rate", () => {
      const results = accessibilityResults(
        audit({ "1.1": ["conforme", "non conforme"], "1.2": ["conforme", "non applicable"], "2.1": ["non applicable", "non applicable"] }),
      );
      expect(results.criteria.map((criterion) => criterion.status)).toEqual(["non conforme", "conforme", "non applicable"]);
      expect(results.counts).toEqual({ conforme: 1, nonConforme: 1, nonApplicable: 1, applicable: 2 });
      expect(results.rate).toBe(50);
      expect(results.rateText).toBe("50\u00A0%");
      expect(results.state).toBe("partiellement conforme");
      expect(results.nonConformities.map((criterion) => criterion.id)).toEqual(["1.1"]);
      expect(results.nonConformities[0]!.nonConformPages).toEqual([{ page: pages[1], evidence: "preuve 1.1 1" }]);
    });

    it("averages each page's own rate, rounding down to a tenth", () => {
      const results = accessibilityResults(audit({ "1.1": ["conforme", "non conforme"], "1.2": ["conforme", "non conforme"], "2.1": ["conforme", "conforme"] }));
      expect(results.averageRate).toBe(66.6);
      expect(results.averageRateText).toBe("66,6\u00A0%");
      expect(results.rate).toBe(33.3);
      expect(results.state).toBe("non conforme");
    });

    it("declares the site totally conforming only when every applicable criterion conforms and nothing awaits a screen reader", () => {
      const allGood = (): Parameters<typeof audit>[0] => ({ "1.1": ["conforme", "conforme"], "1.2": ["conforme", "non applicable"], "2.1": ["conforme", "conforme"] });
      expect(accessibilityResults(audit(allGood())).state).toBe("totalement conforme");
      const waiting = accessibilityResults(audit(allGood(), "restitution à écouter avec NVDA"));
      expect(waiting.rate).toBe(100);
      expect(waiting.state).toBe("partiellement conforme");
      expect(waiting.unverified.map((criterion) => [criterion.id, criterion.unverifiedTexts])).toEqual([["1.1", ["restitution à écouter avec NVDA"]]]);
    });

    it("lists every verdict with its criterion and page spelled out for the downloadable grid", () => {
      const grid = accessibilityResults(audit({ "1.1": ["conforme", "conforme"], "1.2": ["conforme", "conforme"], "2.1": ["conforme", "conforme"] })).grid;
      expect(grid).toHaveLength(6);
      expect(grid[5]).toEqual({
        themeTitle: "Cadres",
        criterion: { id: "2.1", title: "Titre de cadre" },
        page: pages[1],
        status: "conforme",
        evidence: "preuve 2.1 1",
        unverified: undefined,
      });
    });
  });

  describe("complianceState", () => {
    it("follows the RGAA thresholds: 100 % totally, 50 % partly, below that not", () => {
      expect([complianceState(100, 0), complianceState(99.9, 0), complianceState(50, 0), complianceState(49.9, 0)]).toEqual([
        "totalement conforme",
        "partiellement conforme",
        "partiellement conforme",
        "non conforme",
      ]);
    });
  });

  describe("frenchPercent", () => {
    it("writes a decimal comma and a no-break space before the sign", () => {
      expect(frenchPercent(91.4)).toBe("91,4\u00A0%");
      expect(frenchPercent(100)).toBe("100\u00A0%");
    });
  });
});
