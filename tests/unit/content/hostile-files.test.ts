import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { ContentValidationError, formatContentError, formatContentErrors } from "../../../src/content/content-error.ts";
import { loadContent } from "../../../src/content/load-content.ts";
import { copyMinimalContent } from "../../helpers/content-fixture.ts";

type Fixture = Awaited<ReturnType<typeof copyMinimalContent>>;
let fixture: Fixture | undefined;

afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

async function loadError(change: (fixture: Fixture) => Promise<void>): Promise<ContentValidationError> {
  fixture = await copyMinimalContent();
  await change(fixture);
  try {
    await loadContent({ contentDir: fixture.contentDir, rootDir: fixture.root });
  } catch (error) {
    if (error instanceof ContentValidationError) return error;
    throw error;
  }
  throw new Error("the content was accepted");
}

async function errorsAfter(change: (fixture: Fixture) => Promise<void>): Promise<string[]> {
  return (await loadError(change)).errors.map(formatContentError).sort();
}

const term = (front: string, body = "Une définition.") =>
  `---\nterm: Virus\ncategory: attaques\nshort: Un programme nuisible.\nadvice: Mettez à jour.\nseeAlso: [chiffrement]\nreviewed: 2026-12-02\n${front}\n---\n${body}\n`;

it("refuses a NUL byte and a vertical tab with file, line and column", async () => {
  const errors = await errorsAfter((f) => f.write("lexique/virus.md", term("", "Une ligne.\nDeux\u0000 et\u000B trois.")));
  expect(errors).toEqual([
    "content/lexique/virus.md:11:5 : caractère invisible interdit U+0000 (caractère nul), souvent collé depuis un traitement de texte ; attendu : du texte sans caractère de contrôle, supprimez-le ou retapez l’espace",
    "content/lexique/virus.md:11:9 : caractère invisible interdit U+000B (tabulation verticale), souvent collé depuis un traitement de texte ; attendu : du texte sans caractère de contrôle, supprimez-le ou retapez l’espace",
  ]);
});

it("refuses a file that is not UTF-8 rather than publish « � »", async () => {
  const latin1 = Buffer.from(term("", "Une définition.\nÉté à Noël."), "latin1");
  const errors = await errorsAfter((f) => f.write("lexique/virus.md", latin1));
  expect(errors.map((error) => error.split(" : ")[0])).toEqual([
    "content/lexique/virus.md:10",
    "content/lexique/virus.md:11",
    "content/lexique/virus.md:5",
  ]);
  expect(errors[0]).toContain("texte illisible : le fichier n’est pas enregistré en UTF-8 ; attendu : un fichier texte en UTF-8");
});

it("refuses control characters written as YAML escapes, naming the field", async () => {
  const errors = await errorsAfter((f) => f.write("lexique/virus.md", term('example: "Un exemple\\vcollé."\nlang: en')));
  expect(errors).toEqual([
    "content/lexique/virus.md:8:1 — champ « example » : caractère invisible interdit U+000B (tabulation verticale), souvent collé depuis un traitement de texte ; attendu : du texte sans caractère de contrôle, supprimez-le ou retapez l’espace",
  ]);
});

it("refuses bidirectional override characters, typed or escaped", async () => {
  const errors = await errorsAfter(async (f) => {
    await f.write("lexique/virus.md", term('example: "fichier \\u202Efdp.exe"', "Un \u2066isolement\u2069."));
  });
  expect(errors).toHaveLength(2);
  expect(errors[0]).toContain("virus.md:10:14 : caractère invisible de direction du texte U+2069 (fin d’isolement)");
  expect(errors[1]).toContain("virus.md:10:4 : caractère invisible de direction du texte U+2066 (isolement gauche à droite)");
  const escaped = await errorsAfter((f) => f.write("lexique/virus.md", term('example: "fichier \\u202Efdp.exe"')));
  expect(escaped).toEqual([
    "content/lexique/virus.md:8:1 — champ « example » : caractère invisible de direction du texte U+202E (forçage droite à gauche) ; attendu : du texte sans lui (l’arabe ou l’hébreu s’affichent bien sans ce caractère), supprimez-le",
  ]);
});

it("refuses an alias bomb at once, before any value is expanded", async () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 12; level++) {
    const previous = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(",")}]`);
  }
  const errors = await errorsAfter((f) => f.write("risques/vol.yaml", `label: Vol\navoidedBy: [premier]\n${levels.join("\n")}\n`));
  expect(errors).toEqual([
    "content/risques/vol.yaml:3:7 : YAML invalide — ancre ou alias YAML (« & » ou « * » devant un nom) refusé : écrivez la valeur en entier, ou mettez le texte entre guillemets s’il commence par « & » ou « * »",
  ]);
});

it("refuses unknown YAML tags in French", async () => {
  for (const tag of ['!!js/function "function () { return 1 }"', "!!binary aGVsbG8=", "!custom valeur", "!!timestamp 2020-01-01"]) {
    const errors = await errorsAfter((f) => f.write("risques/vol.yaml", `label: ${tag}\navoidedBy: [premier]\n`));
    expect(errors, tag).toHaveLength(1);
    expect(errors[0], tag).toMatch(/^content\/risques\/vol\.yaml:1:\d+ : YAML invalide — étiquette YAML inconnue/);
  }
});

it("refuses nesting no content needs, with one message", async () => {
  const errors = await errorsAfter((f) => f.write("risques/vol.yaml", `label: ${"[".repeat(50_000)}\n`));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^content\/risques\/vol\.yaml:1:\d+ : YAML invalide — structure trop imbriquée/);
});

it("refuses symbolic links, even to a valid file, and a folder named like a content file", async () => {
  const errors = await errorsAfter(async (f) => {
    const outside = path.join(f.root, "secret.md");
    await writeFile(outside, term(""));
    await symlink(outside, path.join(f.contentDir, "lexique/virus.md"));
    await mkdir(path.join(f.contentDir, "lexique/dossier.md"));
    await symlink(path.join(f.contentDir, "criteres"), path.join(f.contentDir, "risques-lien"));
  });
  expect(errors).toEqual([
    "content/lexique/dossier.md : dossier inattendu ; attendu : un fichier .md dans lexique/",
    "content/lexique/virus.md : lien symbolique refusé : le contenu ne peut pas pointer hors de son dossier ; attendu : un fichier .md dans lexique/ (copiez le fichier ici)",
  ]);
});

it("refuses a symbolic link in place of a content folder or of site.yaml", async () => {
  const errors = await errorsAfter(async (f) => {
    const { rename } = await import("node:fs/promises");
    await rename(path.join(f.contentDir, "lexique"), path.join(f.root, "lexique-ailleurs"));
    await symlink(path.join(f.root, "lexique-ailleurs"), path.join(f.contentDir, "lexique"));
    await rename(path.join(f.contentDir, "site.yaml"), path.join(f.root, "site.yaml"));
    await symlink(path.join(f.root, "site.yaml"), path.join(f.contentDir, "site.yaml"));
  });
  expect(errors.filter((error) => /^content\/(lexique|site\.yaml) :/.test(error))).toEqual([
    "content/lexique : lien symbolique refusé : le contenu ne peut pas pointer hors de son dossier ; attendu : un vrai dossier (copiez le fichier ici)",
    "content/site.yaml : lien symbolique refusé : le contenu ne peut pas pointer hors de son dossier ; attendu : un vrai fichier site.yaml (copiez le fichier ici)",
  ]);
});

it("accepts only https addresses in the site settings", async () => {
  const errors = await errorsAfter(async (f) => {
    const { readFile } = await import("node:fs/promises");
    const site = await readFile(path.join(f.contentDir, "site.yaml"), "utf8");
    await f.write(
      "site.yaml",
      site
        .replace("baseUrl: https://test.fr", "baseUrl: https://test.fr/sous-dossier?x=1")
        .replace("url: https://test.fr/licence", "url: javascript:alert(document.cookie)")
        .replace("  email: contact@test.fr\n", "  email: contact@test.fr\n  page: http://test.fr/contact\n"),
    );
  });
  expect(errors).toEqual([
    "content/site.yaml:16:3 — champ « contact.page » : valeur trouvée « http://test.fr/contact » ; adresse en « http: » refusée, seules les adresses https:// sont acceptées ; attendu : l’adresse de la page de contact, par exemple https://www.example.fr/page",
    "content/site.yaml:17:1 — champ « baseUrl » : valeur trouvée « https://test.fr/sous-dossier?x=1 » ; seule l’adresse du site est attendue, sans chemin, sans « ? », sans « # » ni « / » final ; attendu : l’adresse du site publié, par exemple https://fiches.example.fr",
    "content/site.yaml:20:3 — champ « licence.url » : valeur trouvée « javascript:alert(document.cookie) » ; adresse en « javascript: » refusée, seules les adresses https:// sont acceptées ; attendu : l’adresse du texte de la licence, par exemple https://www.example.fr/page",
  ]);
});

it("refuses a base address that is not a web address, without a stack trace", async () => {
  for (const baseUrl of ["fiches.example.fr", "https://", "https://exa mple.fr", "https://localhost", "https://user:pw@test.fr", "ftp://test.fr"]) {
    const errors = await errorsAfter(async (f) => {
      const { readFile } = await import("node:fs/promises");
      const site = await readFile(path.join(f.contentDir, "site.yaml"), "utf8");
      await f.write("site.yaml", site.replace("baseUrl: https://test.fr", `baseUrl: "${baseUrl}"`));
    });
    expect(errors, baseUrl).toHaveLength(1);
    expect(errors[0], baseUrl).toMatch(/^content\/site\.yaml:16:1 — champ « baseUrl » : valeur trouvée .* ; attendu : l’adresse du site publié/);
  }
});

it("shows terminal escape codes found in content instead of sending them", async () => {
  const error = await loadError((f) => f.write("risques/\u001B[2J\u001B]0;pwned\u0007.yaml", "label: Vol\navoidedBy: [premier]\n"));
  const shown = formatContentErrors(error.errors);
  expect(shown).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  expect(shown).toContain("content/risques/⟨U+001B⟩[2J⟨U+001B⟩]0;pwned⟨U+0007⟩.yaml");
});

it("accepts an image of content/images/ with a description, and lists it for the build", async () => {
  fixture = await copyMinimalContent();
  await fixture.write("images/schema-chiffrement.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  await fixture.write("lexique/virus.md", term("", "Voici un schéma.\n\n![Schéma : le message part chiffré](images/schema-chiffrement.png)"));
  const content = await loadContent({ contentDir: fixture.contentDir, rootDir: fixture.root });
  expect(content.images).toEqual([{ file: path.join(fixture.contentDir, "images/schema-chiffrement.png"), url: "/images/schema-chiffrement.png" }]);
});

it("refuses images from other sites, unknown paths, missing files and missing descriptions", async () => {
  const errors = await errorsAfter(async (f) => {
    await f.write(
      "lexique/virus.md",
      term(
        'example: "Voir ![pisteur](https://tracker.example/pixel.png)"',
        [
          "Un texte.",
          "",
          "![Schéma][ref] et ![données](data:image/png;base64,iVBORw0KGgo=) et ![proto](//cdn.example/x.png)",
          "",
          "![Absente](images/absente.png) ![](images/vide.png) ![Chemin](../secret.png)",
          "",
          "[ref]: https://cdn.example/schema.png",
        ].join("\n"),
      ),
    );
  });
  expect(errors.map((error) => error.replace(/ ; attendu : .*$/, ""))).toEqual([
    "content/lexique/virus.md:12 — champ « body » : image d’un autre site refusée (« //cdn.example/x.png ») : chaque lecture lui dirait qui lit quoi",
    "content/lexique/virus.md:12 — champ « body » : image d’un autre site refusée (« data:image/png;base64,iVBORw0KGgo= ») : chaque lecture lui dirait qui lit quoi",
    "content/lexique/virus.md:12 — champ « body » : image d’un autre site refusée (« https://cdn.example/schema.png ») : chaque lecture lui dirait qui lit quoi",
    "content/lexique/virus.md:14 — champ « body » : chemin d’image non reconnu « ../secret.png »",
    "content/lexique/virus.md:14 — champ « body » : description de l’image manquante : les personnes qui ne la voient pas n’en sauraient rien",
    "content/lexique/virus.md:14 — champ « body » : image introuvable : content/images/absente.png n’existe pas",
    "content/lexique/virus.md:8:1 — champ « example » : image d’un autre site refusée (« https://tracker.example/pixel.png ») : chaque lecture lui dirait qui lit quoi",
  ]);
});
