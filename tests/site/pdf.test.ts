import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { loadContent, type Content } from "../../src/content/load-content.ts";
import { repoRoot } from "../helpers/content-fixture.ts";

let siteDir: string;
let content: Content;
let pngDir: string;

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8" });
const pdfInfo = (file: string) =>
  Object.fromEntries(
    run("pdfinfo", ["-enc", "UTF-8", file])
      .split("\n")
      .filter((line) => line.includes(":"))
      .map((line) => [line.slice(0, line.indexOf(":")).trim(), line.slice(line.indexOf(":") + 1).trim()]),
  ) as Record<string, string>;

beforeAll(async () => {
  siteDir = await builtSiteDir();
  content = await loadContent({ contentDir: path.join(repoRoot, "content"), rootDir: repoRoot });
  pngDir = await mkdtemp(path.join(tmpdir(), "fiches-png-"));
});

afterAll(async () => {
  await rm(pngDir, { recursive: true, force: true });
});

describe("site", () => {
  it("prints one PDF per fiche: A4, tagged, titled, in French, within its page limit", async () => {
    expect(content.fiches.length).toBeGreaterThanOrEqual(2);
    for (const fiche of content.fiches) {
      const file = path.join(siteDir, "pdf", `${fiche.id}.pdf`);
      const info = pdfInfo(file);
      expect(info.Tagged, fiche.id).toBe("yes");
      expect(info["Page size"], fiche.id).toMatch(/\(A4\)/);
      expect(info.Title, fiche.id).toBe(`${fiche.title} — ${fiche.subtitle}`);
      expect(info.Subject, fiche.id).toBe(fiche.pdf.subject);
      expect(info.Keywords, fiche.id).toBe(fiche.pdf.keywords.join(", "));
      expect(info.Author, fiche.id).toBe(fiche.publisher);
      expect(Number(info.Pages), fiche.id).toBeLessThanOrEqual(fiche.pdf.maxPages);
      const bytes = (await readFile(file)).toString("latin1");
      expect(bytes, fiche.id).toMatch(/\/Lang \(fr\)/);
      expect(bytes, fiche.id).toMatch(/\/Outlines \d+ 0 R/);
    }
  });

  it("fits the messagerie fiche on 2 A4 pages", () => {
    expect(pdfInfo(path.join(siteDir, "pdf/messagerie-instantanee.pdf")).Pages).toBe("2");
  });

  it("embeds its fonts and keeps text selectable", () => {
    const fonts = run("pdffonts", [path.join(siteDir, "pdf/messagerie-instantanee.pdf")]).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe("yes");
    const text = run("pdftotext", ["-enc", "UTF-8", path.join(siteDir, "pdf/messagerie-instantanee.pdf"), "-"]);
    expect(text).toContain("MESSAGERIE INSTANTANÉE");
    expect(text).toContain("Les 6 points clés de la sécurisation des messageries instantanées");
  });

  it("keeps live links to the published site, never to the print server", async () => {
    const bytes = (await readFile(path.join(siteDir, "pdf/messagerie-instantanee.pdf"))).toString("latin1");
    const uris = [...bytes.matchAll(/\/URI \(([^)]*)\)/g)].map((match) => match[1]!);
    expect(uris.length).toBeGreaterThan(5);
    for (const uri of uris) expect(uri.startsWith(`${content.site.baseUrl}/`), uri).toBe(true);
    expect(uris).toContain(`${content.site.baseUrl}/fiches/lexique-du-parfait-hacker/`);
  });

  it("puts every glossary term in the glossary PDF", () => {
    const text = run("pdftotext", ["-enc", "UTF-8", path.join(siteDir, "pdf/lexique-du-parfait-hacker.pdf"), "-"]).replace(/\s+/g, " ");
    const missing = content.terms.map((term) => term.term.replace(/’/g, "’")).filter((term) => !text.includes(term));
    expect(missing).toEqual([]);
  });

  it("gives the messagerie fiche a title band with the site's name, and page 2 to the key points", () => {
    const pages = run("pdftotext", ["-enc", "UTF-8", path.join(siteDir, "pdf/messagerie-instantanee.pdf"), "-"]).split("\f");
    expect(pages[0]!.trimStart().startsWith(content.site.name)).toBe(true);
    expect(pages[0]).not.toContain("Quelles sont les sécurités à vérifier");
    expect(pages[1]).toContain("Quelles sont les sécurités à vérifier");
    expect(pages[1]).toContain("Stockage sur cloud");
  });

  it("breaks printed addresses only after « / » or before « . » and « - », never inside a word", () => {
    const text = run("pdftotext", ["-enc", "UTF-8", path.join(siteDir, "pdf/messagerie-instantanee.pdf"), "-"]);
    const printed = /\((https:\/\/[^)]*)\)/.exec(text)?.[1] ?? "";
    expect(printed.replace(/\s+/g, "")).toBe(`${content.site.baseUrl}/fiches/lexique-du-parfait-hacker/`);
    const lines = printed.split(/\s*\n\s*/);
    for (let index = 1; index < lines.length; index += 1) {
      expect(lines[index - 1]!.endsWith("/") || /^[.-]/.test(lines[index]!), `${lines[index - 1]} | ${lines[index]}`).toBe(true);
    }
  });

  it("prints the glossary compactly, with an A–Z index whose letters link to their groups inside the PDF", async () => {
    const file = path.join(siteDir, "pdf/lexique-du-parfait-hacker.pdf");
    expect(content.terms.length).toBeGreaterThan(90);
    expect(Number(pdfInfo(file).Pages)).toBeLessThanOrEqual(12);
    const bytes = (await readFile(file)).toString("latin1");
    for (const letter of ["a", "c", "p", "w"]) expect(bytes).toContain(`/Dest /lettre-${letter}`);
    const text = run("pdftotext", ["-enc", "UTF-8", file, "-"]).replace(/\s+/g, " ");
    // Short definition and one extra per term: the full definition stays on the web.
    const adresseIp = content.terms.find((term) => term.id === "adresse-ip")!;
    expect(text).toContain(adresseIp.short.slice(0, 40));
    expect(text).not.toContain("joue pour les machines le rôle d’une adresse postale");
  });

  it("renders page 1 of each PDF to a non-blank PNG", async () => {
    for (const fiche of content.fiches) {
      const prefix = path.join(pngDir, fiche.id);
      run("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", path.join(siteDir, "pdf", `${fiche.id}.pdf`), prefix]);
      const png = await stat(`${prefix}.png`);
      // A blank A4 page at 50 dpi compresses to about 1 KB; a printed page is many times larger.
      expect(png.size, fiche.id).toBeGreaterThan(15_000);
    }
  });

  it("announces each PDF's real size on the fiche page", async () => {
    const html = await readFile(path.join(siteDir, "fiches/messagerie-instantanee/index.html"), "utf8");
    const size = (await stat(path.join(siteDir, "pdf/messagerie-instantanee.pdf"))).size;
    expect(html).toContain(`Télécharger la fiche (PDF, ${Math.ceil(size / 1024)}\u00A0Ko)`);
    expect(html).not.toContain("<!--pdf-size:");
  });
});
