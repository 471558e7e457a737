import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentValidationError, formatContentError } from "../../../src/content/content-error.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { isSiren, placeholderFields, siteMetadataSchema } from "../../../src/models/site-metadata.ts";
import { copyMinimalContent, minimalContentDir, repoRoot } from "../../helpers/content-fixture.ts";

type Fixture = Awaited<ReturnType<typeof copyMinimalContent>>;
let fixture: Fixture | undefined;

afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

const SITE = await readFile(path.join(minimalContentDir, "site.yaml"), "utf8");

/** The errors, as editors read them, after site.yaml of the minimal fixture is edited. */
async function siteErrors(edit: (site: string) => string, production = false): Promise<string[]> {
  await fixture?.cleanup();
  fixture = await copyMinimalContent();
  await fixture.write("site.yaml", edit(SITE));
  try {
    await loadContent({ contentDir: fixture.contentDir, rootDir: fixture.root, production });
  } catch (error) {
    if (error instanceof ContentValidationError) return error.errors.map(formatContentError).sort();
    throw error;
  }
  return [];
}

describe("unit", () => {
  describe("siteMetadataSchema", () => {
    it("accepts the real site.yaml, whose legal fields are still « À compléter » or set by the publisher", async () => {
      const real = await loadContent({ contentDir: `${repoRoot}/content`, rootDir: repoRoot });
      const provisional = placeholderFields(real.site).map((field) => field.join("."));
      for (const field of ["publisher.name", "publisher.legalForm", "publisher.address", "publisher.phone", "publisher.siren", "publicationDirector", "host.name", "host.address", "host.phone", "source.author", "source.url", "source.licence", "privacy.serverLogRetentionDays"]) {
        expect(provisional, field).toContain(field);
      }
    });

    it("names site.yaml and the field, in French, when a publisher or host field is missing", async () => {
      const errors = await siteErrors((site) => site.replace("  legalForm: Association loi de 1901\n", "").replace("  phone: 01 98 76 54 32\n", ""));
      expect(errors).toEqual([
        "content/site.yaml:3:1 — champ « publisher.legalForm » : champ obligatoire manquant ; attendu : un texte",
        "content/site.yaml:9:1 — champ « host.phone » : champ obligatoire manquant ; attendu : un numéro de téléphone, par exemple « 01 23 45 67 89 » ou « +33 1 23 45 67 89 »",
      ]);
    });

    it("refuses a phone number that has no digits, naming the field", async () => {
      const errors = await siteErrors((site) => site.replace("  phone: 01 23 45 67 89", "  phone: voir le site"));
      expect(errors).toEqual([
        "content/site.yaml:7:3 — champ « publisher.phone » : valeur trouvée « voir le site » ; numéro non reconnu ; attendu : un numéro de téléphone, par exemple « 01 23 45 67 89 » ou « +33 1 23 45 67 89 », ou « À compléter — … » tant qu’il n’est pas connu",
      ]);
    });

    it("refuses a SIREN whose check digit is wrong, and accepts a valid one or « non applicable »", async () => {
      expect(await siteErrors((site) => site.replace("siren: non applicable", "siren: 123 456 789"))).toEqual([
        "content/site.yaml:8:3 — champ « publisher.siren » : valeur trouvée « 123 456 789 » ; numéro SIREN invalide (9 chiffres dont le dernier est une clé de contrôle) ; attendu : le numéro SIREN à 9 chiffres, par exemple « 123 456 789 », ou « non applicable » si l’éditeur n’est inscrit à aucun registre",
      ]);
      expect(await siteErrors((site) => site.replace("siren: non applicable", "siren: 732 829 320\n  registry: RCS Paris\n  capital: 10 000 €"))).toEqual([]);
      expect(await siteErrors((site) => site.replace("  siren: non applicable\n", ""))).toEqual([]);
      expect(isSiren("732829320")).toBe(true);
      expect(isSiren("732829321")).toBe(false);
      expect(isSiren("73282932")).toBe(false);
    });

    it("refuses a source address that is not https, unless it is still « À compléter »", async () => {
      expect(await siteErrors((site) => site.replace("url: https://test.fr/fiche-d-origine", "url: http://test.fr/fiche"))).toEqual([
        expect.stringMatching(/^content\/site\.yaml:\d+:3 — champ « source\.url » : valeur trouvée « http:\/\/test\.fr\/fiche » ; adresse en « http: » refusée/),
      ]);
      expect(await siteErrors((site) => site.replace("url: https://test.fr/fiche-d-origine", "url: À compléter — adresse de la fiche"))).toEqual([]);
    });

    it("wants the server log retention as a whole number of days, at most 365, or « À compléter » until the host says", async () => {
      expect(await siteErrors((site) => site.replace("serverLogRetentionDays: 180", "serverLogRetentionDays: À compléter — nombre de"))).toEqual([]);
      for (const value of ["un an", "0", "12.5", "400"]) {
        const errors = await siteErrors((site) => site.replace("serverLogRetentionDays: 180", `serverLogRetentionDays: ${value}`));
        expect(errors, value).toHaveLength(1);
        expect(errors[0], value).toMatch(/^content\/site\.yaml:\d+:3 — champ « privacy\.serverLogRetentionDays » : .*attendu : un nombre entier de jours entre 1 et 365/);
      }
      expect(await siteErrors((site) => site.replace("privacy:\n  serverLogRetentionDays: 180\n", ""))).toEqual([
        expect.stringMatching(/champ « privacy » : champ obligatoire manquant/),
      ]);
    });

    it("refuses each provisional publisher, host and source value in a production build, not in development", async () => {
      const edit = (site: string) =>
        site
          .replace("siren: non applicable", "siren: À compléter — numéro SIREN, ou « non applicable »")
          .replace("  phone: 01 98 76 54 32", "  phone: À compléter — téléphone de l’hébergeur")
          .replace("url: https://test.fr/fiche-d-origine", "url: À compléter — adresse de la fiche");
      expect(await siteErrors(edit)).toEqual([]);
      const errors = await siteErrors(edit, true);
      expect(errors.map((error) => /champ « ([^»]+) »/.exec(error)?.[1]).sort()).toEqual(["host.phone", "publisher.siren", "source.url"]);
      for (const error of errors) expect(error).toMatch(/^content\/site\.yaml:\d+:\d+ — champ « .+ » : valeur provisoire refusée en production/);
    });

    it("offers the known keys when one is misspelt", () => {
      const result = siteMetadataSchema.shape.publisher.safeParse({ name: "n", legalForm: "f", address: "a", phone: "01 23 45 67 89", sirene: "x" });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain("« sirene » (vouliez-vous dire « siren » ?)");
    });
  });
});
