import { describe, expect, it } from "vitest";
import { straightenApostrophes } from "../../../src/search/straighten-apostrophes.ts";

describe("unit", () => {
  describe("straightenApostrophes", () => {
    it("turns every curly apostrophe into a straight one so that Pagefind splits « L’authentification »", () => {
      expect(straightenApostrophes("<p>L’authentification et l’attaque d’un compte</p>")).toBe(
        "<p>L'authentification et l'attaque d'un compte</p>",
      );
    });

    it("leaves guillemets, opening quotes and straight apostrophes as they are", () => {
      expect(straightenApostrophes("« aujourd'hui » ‘a’")).toBe("« aujourd'hui » ‘a'");
    });
  });
});
