import { expect, it } from "vitest";
import { termSpellings } from "../../../src/graph/terms.ts";

const names = { otherNames: [], englishNames: [], improperNames: [], searchSpellings: [] };

it("finds a term by its names, its search spellings and their derived forms, each once", () => {
  const spellings = termSpellings({
    ...names,
    term: "Mot de passe",
    otherNames: ["phrase de passe"],
    englishNames: ["password"],
    searchSpellings: ["code d’accès"],
  });
  expect(spellings).toEqual(expect.arrayContaining(["Mot de passe", "Mots de passe", "phrase de passe", "phrases de passe", "password", "code d’accès", "code d’acces"]));
  expect(new Set(spellings.map((spelling) => spelling.toLowerCase())).size).toBe(spellings.length);
});

it("does not put an English headword or English names in the French plural", () => {
  const spellings = termSpellings({ ...names, term: "Stalkerware", lang: "en", englishNames: ["spouseware"] });
  expect(spellings).toEqual(["Stalkerware", "spouseware"]);
});

it("finds a term by its improper name too, since readers type it", () => {
  expect(termSpellings({ ...names, term: "Chiffrement", improperNames: ["cryptage"] })).toContain("cryptage");
});

it("leaves plurals out of the search names, which the search engine's stemming finds", () => {
  const searchNames = termSpellings({ ...names, term: "Mise à jour" }, { plurals: false });
  expect(searchNames).toEqual(["Mise à jour", "Mise a jour"]);
});
