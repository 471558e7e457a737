import { expect, it } from "vitest";
import { MAX_WINDOW_TITLE, windowTitle } from "../../../src/graph/pages.ts";

it("keeps page, kind and site in the window title when they fit", () => {
  expect(windowTitle(["Virus — Lexique du parfait hacker", "Fiches pratiques"], "Virus")).toBe("Virus — Lexique du parfait hacker — Fiches pratiques");
});

it("drops the kind, then the site, when a long page title would not fit", () => {
  const long = "Modèle économique d’une application gratuite";
  expect(windowTitle([`${long} — Lexique du parfait hacker`, "Fiches pratiques"], long)).toBe(`${long} — Fiches pratiques`);
  const longer = "x".repeat(MAX_WINDOW_TITLE - 5);
  expect(windowTitle([`${longer} — Lexique`, "Fiches pratiques"], longer)).toBe(longer);
});
