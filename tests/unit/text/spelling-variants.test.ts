import { expect, it } from "vitest";
import { derivedSpellings, pluralPhrase, singularPhrase, spellingKey } from "../../../src/text/spelling-variants.ts";

it("puts only the head of a noun phrase in the plural", () => {
  expect(pluralPhrase("Mot de passe")).toBe("Mots de passe");
  expect(pluralPhrase("Donnée à caractère personnel")).toBe("Données à caractère personnel");
  expect(pluralPhrase("Clé publique et clé privée")).toBe("Clés publiques et clés privées");
  expect(pluralPhrase("Cheval de Troie")).toBe("Chevaux de Troie");
  expect(pluralPhrase("Usurpation d’identité")).toBe("Usurpations d’identité");
});

it("leaves acronyms alone and gives no plural when the head is already plural", () => {
  expect(pluralPhrase("Wi-Fi public")).toBe("Wi-Fi publics");
  expect(pluralPhrase("Adresse IP")).toBe("Adresses IP");
  expect(pluralPhrase("Messages éphémères")).toBeUndefined();
  expect(pluralPhrase("HTTPS")).toBeUndefined();
});

it("gives a singular only when every word of the head is plural, and never for words in -us", () => {
  expect(singularPhrase("Messages éphémères")).toBe("Message éphémère");
  expect(singularPhrase("Données personnelles")).toBe("Donnée personnelle");
  expect(singularPhrase("Chevaux de Troie")).toBe("Cheval de Troie");
  expect(singularPhrase("Virus")).toBeUndefined();
  expect(singularPhrase("Faux support technique")).toBeUndefined();
});

it("gives the same key to spellings that differ only by accents, case, hyphens, spaces or a plural", () => {
  expect(spellingKey("Hameçonnage")).toBe(spellingKey("HAMECONNAGE"));
  expect(spellingKey("Mots de passe")).toBe(spellingKey("mot de passe"));
  expect(spellingKey("Wi-Fi public")).toBe(spellingKey("wifi publics"));
  expect(spellingKey("pare-feux")).toBe(spellingKey("Pare-feu"));
  expect(spellingKey("Vol d’identité")).toBe(spellingKey("vol d'identite"));
  expect(spellingKey("Filoutage")).not.toBe(spellingKey("Hameçonnage"));
  expect(spellingKey("Chiffré")).not.toBe(spellingKey("Chiffrement"));
});

it("derives the forms without accents or hyphens and in the other number, never the name itself", () => {
  expect(derivedSpellings("Mise à jour")).toEqual(["Mise a jour", "Mises à jour", "Mises a jour"]);
  expect(derivedSpellings("Wi-Fi public")).toEqual(["Wi Fi public", "WiFi public", "Wi-Fi publics", "Wi Fi publics", "WiFi publics"]);
  expect(derivedSpellings("Hameçonnage")).toContain("Hameconnage");
});

it("derives only accents and hyphens from an English name", () => {
  expect(derivedSpellings("end-to-end encryption", { french: false })).toEqual(["end to end encryption", "endtoend encryption"]);
});
