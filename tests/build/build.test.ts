import { cp, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalContentDir } from "../helpers/content-fixture.ts";
import { runTsx } from "../helpers/run-build.ts";

let work: string;
let site: string;

async function listTree(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (entry) =>
      entry.isDirectory() ? listTree(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
    ),
  );
  return files.flat().sort();
}

async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const file of await listTree(dir)) snapshot[file] = await readFile(path.join(dir, file), "utf8");
  return snapshot;
}

const page = (url: string) => readFile(path.join(site, url, url.endsWith(".html") || url.endsWith(".xml") ? "" : "index.html"), "utf8");

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "fiches-build-"));
  site = path.join(work, "_site");
  // The strictest umask: the published site must still be readable by a web server of another user.
  const umask = process.umask(0o077);
  const result = await runTsx("scripts/build.ts", { FICHES_CONTENT_DIR: minimalContentDir, FICHES_SITE_DIR: site, FICHES_CACHE_DIR: path.join(work, "cache") }).finally(() =>
    process.umask(umask),
  );
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("build", () => {
  it("writes a page per fiche, term, risk and criterion, and the site pages", async () => {
    const files = await listTree(site);
    for (const expected of [
      "index.html",
      "404.html",
      "sitemap.xml",
      "fiches/index.html",
      "fiches/demo/index.html",
      "fiches/autre/index.html",
      "lexique/index.html",
      "lexique/chiffrement/index.html",
      "lexique/hameconnage/index.html",
      "risques/index.html",
      "risques/piratage/index.html",
      "risques/vol/index.html",
      "points-cles/index.html",
      "points-cles/premier/index.html",
      "recherche/index.html",
      "plan-du-site/index.html",
      "accessibilite/index.html",
      "confidentialite/index.html",
      "mentions-legales/index.html",
      "ma-messagerie-est-elle-sure/index.html",
      "donnees-ouvertes/index.html",
      "aide/index.html",
      "api/aide.json",
      "api/aide.schema.json",
      "api/lexique.json",
      "api/lexique.schema.json",
      "flux.xml",
      "assets/css/site.css",
    ]) {
      expect(files).toContain(expected);
    }
  });

  it("publishes folders 0755 and files 0644 (pages, PDFs, search index, compressed copies) under a umask of 077", async () => {
    const entries = await readdir(site, { recursive: true, withFileTypes: true });
    const modes = new Set<string>();
    for (const entry of entries) {
      const info = await stat(path.join(entry.parentPath, entry.name));
      modes.add(`${entry.isDirectory() ? "d" : "f"}${(info.mode & 0o777).toString(8)}`);
    }
    expect([...modes].sort()).toEqual(["d755", "f644"]);
    expect(((await stat(site)).mode & 0o777).toString(8)).toBe("755");
    const names = entries.map((entry) => entry.name);
    for (const kind of [".pdf", ".pf_fragment", ".html.gz", ".html.br", ".css.gz", ".js.br"]) expect(names.some((name) => name.endsWith(kind))).toBe(true);
  });

  it("writes beside each text file its gzip and brotli copies, not beside Pagefind's compressed files", async () => {
    const files = await listTree(site);
    for (const file of ["index.html", "sitemap.xml", "flux.xml", "api/lexique.json", "assets/css/site.css", "pagefind/pagefind.js"]) {
      expect(files).toContain(`${file}.gz`);
      expect(files).toContain(`${file}.br`);
    }
    expect(files.filter((file) => /\.(pf_\w+|pagefind|pdf)\.(gz|br)$/.test(file))).toEqual([]);
  });

  it("writes the legal notice from site.yaml: « non applicable » only as the publisher wrote it, the source fiche linked", async () => {
    const legal = await page("mentions-legales/");
    expect(legal).toContain("<div><dt>Forme juridique</dt><dd>Association loi de 1901</dd></div>");
    expect(legal).toContain("<div><dt>Numéro SIREN</dt><dd>non applicable</dd></div>");
    expect(legal).not.toContain("<dt>Immatriculation</dt>");
    expect(legal).toContain("<div><dt>Téléphone</dt><dd>01 98 76 54 32</dd></div>");
    expect(legal).toContain('<a href="https://test.fr/fiche-d-origine">https://test.fr/fiche-d-origine</a>');
    const privacy = await page("confidentialite/");
    expect(privacy).toMatch(/Durée de conservation[^<]*180 jours/);
    expect(privacy).toMatch(/Responsable du traitement[^<]*Éditeur de test, éditeur du site/);
  });

  it("writes the help page with each service's full entry once, and links to it from risk and term pages", async () => {
    const help = await page("aide/");
    expect(help).toContain('<article class="help-service" id="ligne-d-ecoute"');
    expect(help).toContain('<article class="help-service" id="signalement-sms"');
    expect(help.match(/id="ligne-d-ecoute"/g)).toHaveLength(1);
    expect(help).toContain('<h2 id="situation-urgence">Je suis en danger immédiat</h2>');
    expect(help).toContain("<a href=\"tel:0805805817\">Appeler\u00A0le\u00A00\u00A0805\u00A0805\u00A0817</a>");
    expect(help).toContain("<a href=\"sms:33700\">Envoyer\u00A0un\u00A0SMS\u00A0au\u00A033700</a>");
    expect(help).toContain('Informations vérifiées le <time datetime="2026-12-02">2 décembre 2026</time>');
    expect(help).toContain('data-pagefind-filter="type:aide"');
    expect(await page("risques/piratage/")).toContain('<a href="/aide/#ligne-d-ecoute">Ligne d’écoute de test</a>');
    expect(await page("lexique/hameconnage/")).toContain('<a href="/aide/#signalement-sms">Signalement SMS de test</a>');
    expect(await page("index.html")).toMatch(/<footer[\s\S]*href="\/aide\/"[\s\S]*<\/footer>/);
  });

  it("renders the fiche with its title, French typography and glossary links", async () => {
    const html = await page("fiches/demo/");
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain("<title>Fiche de démonstration — Site de test</title>");
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="une-question">Une question\u202F?</h2>');
    expect(html).toContain('<a href="/lexique/chiffrement/" class="term-link">chiffrement</a>');
    expect(html).toContain('<span class="audience__label">Pour les salariés&nbsp;:</span> de travailler.');
    expect(html).toContain("«&nbsp;<a href=\"/fiches/autre/\">Autre fiche</a>&nbsp;»");
  });

  it("shows HTML written in content as text, never as elements", async () => {
    const html = await page("fiches/demo/");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    const term = await page("lexique/chiffrement/");
    expect(term).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("never runs content text as a template", async () => {
    const html = await page("fiches/demo/");
    expect(html).toContain("Les {{ collections }} et {% raw %} ne sont pas exécutés.");
  });

  it("marks in the header and footer the page shown and its section, though their HTML is rendered once", async () => {
    const current = async (url: string) =>
      [...(await page(url)).matchAll(/<a href="([^"]+)" aria-current="(page|true)">/g)].map(([, href, state]) => `${href}=${state}`);
    expect(await current("lexique/")).toEqual(["/lexique/=page", "/lexique/=page"]);
    expect(await current("lexique/chiffrement/")).toEqual(["/lexique/=true", "/lexique/chiffrement/=page"]);
    expect(await current("lexique/hameconnage/")).toEqual(["/lexique/=true", "/lexique/hameconnage/=page"]);
    expect(await current("risques/vol/")).toEqual(["/risques/=true", "/risques/vol/=page"]);
    expect(await current("plan-du-site/")).toEqual(["/plan-du-site/=page", "/plan-du-site/=page"]);
    expect(await current("")).toEqual(["/=page"]);
  });

  it("marks English glossary terms with their language", async () => {
    const html = await page("lexique/hameconnage/");
    expect(html).toContain('<span lang="en">phishing</span>');
  });

  it("lists every page in the sitemap with the site's base URL, except the 404", async () => {
    const sitemap = await page("sitemap.xml");
    expect(sitemap).toContain("<loc>https://test.fr/fiches/demo/</loc>");
    expect(sitemap).toContain("<loc>https://test.fr/lexique/hameconnage/</loc>");
    expect(sitemap).not.toContain("404");
    expect(sitemap.match(/<loc>/g)).toHaveLength(22);
    expect(sitemap).toContain("<loc>https://test.fr/aide/</loc>");
  });

  it("leaves the previous site untouched when a step fails half-way", async () => {
    const before = await snapshotTree(site);
    const result = await runTsx("tests/build/fixtures/build-with-failing-step.ts", {
      FICHES_CONTENT_DIR: minimalContentDir,
      FICHES_SITE_DIR: site,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("La construction a échoué ; le site publié n’a pas été modifié.");
    expect(result.stderr).toContain("échec simulé après l’écriture des pages");
    expect(await snapshotTree(site)).toEqual(before);
    expect(await readdir(path.join(work, ".build/_site"))).toEqual([path.basename(await realpath(site))]);
  });

  it("fails with a one-line instruction and keeps the published PDFs when Chromium is missing", async () => {
    const before = await snapshotTree(site);
    const result = await runTsx("scripts/build.ts", {
      FICHES_CONTENT_DIR: minimalContentDir,
      FICHES_SITE_DIR: site,
      CHROMIUM_PATH: "/nulle/part/chromium",
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "Chromium est introuvable (/nulle/part/chromium) : installez-le avec « apt-get install chromium » ou lancez « npm run setup » en root.",
    );
    expect(await snapshotTree(site)).toEqual(before);
  });

  it("publishes nothing and lists every error when content is invalid", async () => {
    const before = await snapshotTree(site);
    const broken = path.join(work, "content-invalide");
    await cp(minimalContentDir, broken, { recursive: true });
    await rm(path.join(broken, "criteres/second.md"));
    const result = await runTsx("scripts/build.ts", { FICHES_CONTENT_DIR: broken, FICHES_SITE_DIR: site });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Le contenu contient 2 erreurs. Rien n’a été publié.");
    expect(result.stderr).toContain("champ « avoidedBy[1] » : valeur trouvée « second » ; référence inconnue");
    expect(result.stderr).toContain("champ « sections[7].items[1] » : valeur trouvée « second » ; référence inconnue");
    expect(await snapshotTree(site)).toEqual(before);
  });

  it("refuses a PDF above its fiche's page limit, naming the fiche, its pages and its limit, and publishes nothing", async () => {
    const before = await snapshotTree(site);
    const tooLong = path.join(work, "content-trop-long");
    await cp(minimalContentDir, tooLong, { recursive: true });
    const paragraph = "Le chiffrement protège les messages entre les appareils des correspondants, et personne d’autre ne peut les lire. ".repeat(6);
    const sections = Array.from({ length: 24 }, () => `  - type: prose\n    markdown: ${paragraph.trim()}\n`).join("");
    await writeFile(
      path.join(tooLong, "fiches/trop-longue.yaml"),
      "title: Fiche trop longue\nsubtitle: Deux pages de texte\nsummary: Une fiche plus longue que sa limite.\nupdated: 2026-01-17\n" +
        'version: "1.0"\npublisher: Éditeur de test\npdf:\n  subject: Limite\n  keywords: [limite]\n  maxPages: 1\nsections:\n' +
        sections,
    );
    const result = await runTsx("scripts/build.ts", {
      FICHES_CONTENT_DIR: tooLong,
      FICHES_SITE_DIR: site,
      FICHES_CACHE_DIR: path.join(work, "cache"),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^Le PDF de la fiche « Fiche trop longue » fait [2-9] pages A4, au-delà de sa limite de 1 page \(pdf\.maxPages dans content\/fiches\/trop-longue\.yaml\) : raccourcissez la fiche ou relevez sa limite\.$/m,
    );
    expect(result.stderr).toContain("Rien n’a été publié.");
    expect(result.stderr).not.toContain("autre");
    expect(await snapshotTree(site)).toEqual(before);
  });

  it("removes from the site the pages whose content was removed", async () => {
    const smaller = path.join(work, "content-reduit");
    await cp(minimalContentDir, smaller, { recursive: true });
    await rm(path.join(smaller, "lexique/hameconnage.md"));
    const result = await runTsx("scripts/build.ts", { FICHES_CONTENT_DIR: smaller, FICHES_SITE_DIR: site });
    expect(result.code).toBe(0);
    await expect(stat(path.join(site, "lexique/hameconnage/index.html"))).rejects.toThrow();
    await expect(stat(path.join(site, "lexique/chiffrement/index.html"))).resolves.toBeTruthy();
  });
});
