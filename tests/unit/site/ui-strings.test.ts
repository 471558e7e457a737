import { describe, expect, it } from "vitest";
import { settingsQuestions } from "../../../src/site/settings-check.ts";
import { ui } from "../../../src/site/ui-strings.ts";
import { urls } from "../../../src/site/urls.ts";

/** Every string of a table, with the path of keys that leads to it. */
function strings(value: unknown, where = "ui"): [string, string][] {
  if (typeof value === "string") return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${where}[${index}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => strings(item, `${where}.${key}`));
  return [];
}

describe("unit", () => {
  describe("ui strings", () => {
    it("gives every string typed with plain spaces French no-break spaces", () => {
      expect(ui.footer.find((item) => item.url === urls.accessibility)?.label).toBe("Accessibilité\u00A0: {state}");
      expect(ui.selfCheck.errorIntro).toBe("Répondez à chaque question, au besoin par «\u00A0Je ne sais pas\u00A0»\u00A0:");
      const plainSpaces = [...strings(ui), ...strings(settingsQuestions, "settingsQuestions")].filter(([, text]) => / [:;!?»]|« /.test(text));
      expect(plainSpaces).toEqual([]);
    });

    it("leaves the values machines read as they are: addresses, form values and filters", () => {
      expect(ui.urls).toEqual(urls);
      expect(ui.selfCheck.answers.map((answer) => answer.value)).toEqual(["oui", "non", "ne-sait-pas"]);
      expect(ui.searchFilters.map((filter) => filter.value)).toEqual(["", "terme du lexique", "fiche", "risque", "point clé", "aide"]);
      expect(settingsQuestions[0]).toMatchObject({ id: "r-verrouillage", howToUrl: "/risques/piratage/#s-en-proteger" });
    });
  });
});
