import { describe, expect, it } from "vitest";
import type { ResolvedHelpService } from "../../../src/content/resolved-content.ts";
import { buildHelpServiceViews, contactLinks, groupBySituation, sourceLinks } from "../../../src/graph/help-services.ts";
import type { HelpSituation } from "../../../src/models/help-service.ts";

const NBSP = "\u00A0";

const service = (id: string, name: string, situations: HelpSituation[], contact: ResolvedHelpService["contact"] = { web: `https://www.${id}.fr/` }): ResolvedHelpService => ({
  id,
  name,
  purpose: "Aider l'utilisateur : vite.",
  audience: "Tout le monde",
  situations,
  contact,
  checked: "2026-12-01",
  sources: ["https://www.example.fr/a"],
});

describe("unit", () => {
  describe("contactLinks", () => {
    it("links numbers with digits only and says in each link text what it does and to whom", () => {
      expect(contactLinks("France Victimes", { phone: "116 006", sms: "0 6 12 34 56 78".replace(/ /g, ""), web: "https://www.france-victimes.fr/aide" })).toEqual([
        { kind: "phone", href: "tel:116006", label: `Appeler${NBSP}le${NBSP}116${NBSP}006` },
        { kind: "sms", href: "sms:0612345678", label: `Envoyer${NBSP}un${NBSP}SMS${NBSP}au${NBSP}06${NBSP}12${NBSP}34${NBSP}56${NBSP}78` },
        { kind: "web", href: "https://www.france-victimes.fr/aide", label: "France Victimes en ligne (france-victimes.fr)" },
      ]);
      expect(contactLinks("Cybermalveillance.gouv.fr", { web: "https://www.cybermalveillance.gouv.fr" })).toEqual([
        { kind: "web", href: "https://www.cybermalveillance.gouv.fr", label: "Cybermalveillance.gouv.fr en ligne" },
      ]);
      expect(contactLinks("Info", { phone: "0 805 805 817" })).toEqual([{ kind: "phone", href: "tel:0805805817", label: `Appeler${NBSP}le${NBSP}0${NBSP}805${NBSP}805${NBSP}817` }]);
    });
  });

  describe("sourceLinks", () => {
    it("names each source by its site, numbering a second page of the same site", () => {
      expect(sourceLinks(["https://www.interieur.gouv.fr/a", "https://interieur.gouv.fr/b", "https://cnil.fr/c"])).toEqual([
        { url: "https://www.interieur.gouv.fr/a", label: "interieur.gouv.fr" },
        { url: "https://interieur.gouv.fr/b", label: "interieur.gouv.fr (2)" },
        { url: "https://cnil.fr/c", label: "cnil.fr" },
      ]);
    });
  });

  describe("buildHelpServiceViews", () => {
    it("orders services by their first situation then by name, with French typography and a dated check", () => {
      const views = [...buildHelpServiceViews([
        service("spam", "Signal Spam", ["courriel-indesirable"]),
        service("pharos", "Pharos", ["contenu-illegal", "harcelement"]),
        service("police", "Police secours (17)", ["urgence"], { phone: "17" }),
      ]).values()];
      expect(views.map((view) => view.id)).toEqual(["police", "spam", "pharos"]);
      const pharos = views[2]!;
      expect(pharos.url).toBe("/aide/#pharos");
      expect(pharos.anchor).toBe("pharos");
      expect(pharos.purpose).toBe(`Aider l’utilisateur${NBSP}: vite.`);
      expect(pharos.situations.map((situation) => situation.id)).toEqual(["harcelement", "contenu-illegal"]);
      expect(pharos.checkedLabel).toBe("1er décembre 2026");
      expect(views[0]!.contacts).toEqual([{ kind: "phone", href: "tel:17", label: `Appeler${NBSP}le${NBSP}17` }]);
    });
  });

  describe("groupBySituation", () => {
    it("lists situations in their fixed order, skips empty ones, and shows each service in full only once", () => {
      const views = [...buildHelpServiceViews([
        service("victimes", "France Victimes", ["violences", "arnaque", "harcelement"]),
        service("thesee", "THESEE", ["arnaque", "compte-pirate"]),
        service("cyber", "17Cyber", ["compte-pirate", "arnaque"]),
        service("police", "Police secours", ["urgence"]),
      ]).values()];
      const groups = groupBySituation(views).map((group) => ({
        id: group.id,
        anchor: group.anchor,
        services: group.services.map((view) => view.id),
        shownAbove: group.shownAbove.map((view) => view.id),
      }));
      expect(groups).toEqual([
        { id: "urgence", anchor: "situation-urgence", services: ["police"], shownAbove: [] },
        { id: "compte-pirate", anchor: "situation-compte-pirate", services: ["cyber", "thesee"], shownAbove: [] },
        { id: "arnaque", anchor: "situation-arnaque", services: ["victimes"], shownAbove: ["cyber", "thesee"] },
        { id: "harcelement", anchor: "situation-harcelement", services: [], shownAbove: ["victimes"] },
        { id: "violences", anchor: "situation-violences", services: [], shownAbove: ["victimes"] },
      ]);
      const full = groupBySituation(views).flatMap((group) => group.services.map((view) => view.id));
      expect(full.sort()).toEqual(views.map((view) => view.id).sort());
    });
  });
});
