import { describe, expect, it } from "vitest";
import { repeatedSentences, sentencesOf } from "../../helpers/repeated-sentences.ts";

describe("unit", () => {
  describe("repeatedSentences (site test helper)", () => {
    it("splits HTML into sentences at punctuation and at block ends", () => {
      expect(sentencesOf("<p>Un message arrive. Il imite&nbsp;une banque !</p><ol><li>Bloquez-le</li><li>Portez plainte.</li></ol>")).toEqual([
        "Un message arrive.",
        "Il imite une banque !",
        "Bloquez-le",
        "Portez plainte.",
      ]);
    });

    it("finds the same sentence said twice, even with a number or a few words changed", () => {
      const page = [
        "<p>Un message imite un expéditeur de confiance. Aucun des 6 points clés n’en protège à lui seul : la vigilance reste la meilleure défense.</p>",
        "<h2>Les points clés</h2>",
        "<p>Aucun des points clés n’en protège à lui seul : la vigilance reste la meilleure défense.</p>",
      ].join("");
      expect(repeatedSentences(page)).toEqual([
        "« Aucun des 6 points clés n’en protège à lui seul : la vigilance reste la meilleure défense. » ≈ « Aucun des points clés n’en protège à lui seul : la vigilance reste la meilleure défense. »",
      ]);
    });

    it("lets distinct steps that share a few words through, and a name shown as title and as link", () => {
      const page = [
        "<h1>Hameçonnage</h1><ol><li>Signalez le message depuis l’application, puis bloquez l’expéditeur.</li>",
        "<li>Signalez le faux compte depuis l’application, et demandez à vos contacts de le signaler.</li>",
        "<li>Portez plainte.</li><li>Changez le mot de passe.</li></ol><dl><dt><a href=\"/lexique/hameconnage/\">Hameçonnage</a></dt></dl>",
      ].join("");
      expect(repeatedSentences(page)).toEqual([]);
    });

    it("finds a short sentence repeated word for word", () => {
      expect(repeatedSentences("<ol><li>Portez plainte.</li></ol><p>Gardez les preuves. Portez plainte.</p>")).toEqual(["« Portez plainte. » ≈ « Portez plainte. »"]);
    });
  });
});
