import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatContentError, type ContentError } from "../../../src/content/content-error.ts";
import { loadAccessibilityAudit, type AccessibilityAudit } from "../../../src/content/load-accessibility-audit.ts";
import { repoRoot } from "../../helpers/content-fixture.ts";

let root: string | undefined;

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

const CRITERIA = `version: 4.1.2
themes:
  - number: 1
    title: Images
    criteria:
      - { id: "1.1", title: Alternative }
      - { id: "1.2", title: Décoration }
  - number: 2
    title: Cadres
    criteria:
      - { id: "2.1", title: Titre de cadre }
`;

const AUDIT = `auditor: nous
auditedOn: 2026-12-02
pages:
  - { id: accueil, title: Accueil, url: / }
  - { id: aide, title: Aide, url: /aide/ }
tools: [inspection du code]
environment: [Chromium]
`;

const row = (criterion: string, page: string, status = "conforme") =>
  `  - { criterion: "${criterion}", page: ${page}, status: ${status}, evidence: vérifié dans le code }\n`;

const IMAGES = `theme: 1\nrows:\n${row("1.1", "accueil")}${row("1.1", "aide", "non conforme")}${row("1.2", "accueil")}${row("1.2", "aide")}`;
const FRAMES = `theme: 2\nrows:\n${row("2.1", "aide", "non applicable")}${row("2.1", "accueil", "non applicable")}`;

/** Writes an audit folder (files by path below `content/accessibilite/`) and loads it. */
async function load(files: Record<string, string>): Promise<{ audit: AccessibilityAudit | undefined; errors: string[]; raw: ContentError[] }> {
  root = await mkdtemp(path.join(tmpdir(), "fiches-audit-"));
  const contentDir = path.join(root, "content");
  await mkdir(contentDir);
  for (const [file, text] of Object.entries(files)) {
    const absolute = path.join(contentDir, "accessibilite", file);
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  }
  const raw: ContentError[] = [];
  const audit = await loadAccessibilityAudit({ contentDir, rootDir: root }, raw);
  return { audit, errors: raw.map(formatContentError), raw };
}

const complete = { "criteres.yaml": CRITERIA, "audit.yaml": AUDIT, "grille/01-images.yaml": IMAGES, "grille/02-cadres.yaml": FRAMES };

describe("unit", () => {
  describe("loadAccessibilityAudit", () => {
    it("returns every verdict in criterion order then sample order when the grid is complete", async () => {
      const { audit, errors } = await load(complete);
      expect(errors).toEqual([]);
      expect(audit!.rows.map((verdict) => `${verdict.criterion} ${verdict.page}`)).toEqual([
        "1.1 accueil",
        "1.1 aide",
        "1.2 accueil",
        "1.2 aide",
        "2.1 accueil",
        "2.1 aide",
      ]);
    });

    it("returns nothing and reports nothing when the site has no audit folder", async () => {
      const { audit, errors } = await load({});
      expect(audit).toBeUndefined();
      expect(errors).toEqual([]);
    });

    it("names each criterion and page missing from the grid, all at once", async () => {
      const { audit, raw } = await load({ "criteres.yaml": CRITERIA, "audit.yaml": AUDIT, "grille/01-images.yaml": `theme: 1\nrows:\n${row("1.1", "accueil")}` });
      expect(audit).toBeUndefined();
      expect(raw.map((error) => `${error.file}: ${error.message}`)).toEqual([
        "content/accessibilite/grille/01-images.yaml: critère 1.1 non jugé pour « aide » ; attendu : une ligne par page de l’échantillon",
        "content/accessibilite/grille/01-images.yaml: critère 1.2 jamais jugé ; attendu : une ligne pour chacune des 2 pages de l’échantillon",
        "content/accessibilite/grille: critère 2.1 jamais jugé ; attendu : une ligne pour chacune des 2 pages de l’échantillon",
      ]);
    });

    it("refuses a second verdict for the same criterion and page, pointing at both lines", async () => {
      const { raw } = await load({ ...complete, "grille/01-images.yaml": `${IMAGES}${row("1.2", "aide", "non conforme")}` });
      expect(raw).toEqual([
        expect.objectContaining({
          file: "content/accessibilite/grille/01-images.yaml",
          line: 7,
          field: "rows[4]",
          message: "critère 1.2 déjà jugé pour la page « aide » (content/accessibilite/grille/01-images.yaml, ligne 6) ; attendu : une seule ligne par critère et par page",
        }),
      ]);
    });

    it("reports an unknown status, a page outside the sample and a criterion of another theme with their lines", async () => {
      const broken = IMAGES.replace('page: aide, status: non conforme', "page: aide, status: partiel")
        .replace('criterion: "1.2", page: accueil', 'criterion: "1.2", page: contact')
        .concat(row("2.1", "accueil", "non applicable"));
      const { raw } = await load({ ...complete, "grille/01-images.yaml": broken });
      const seen = raw.map((error) => `${error.line} ${error.field} ${error.message}`);
      expect(seen).toContainEqual(expect.stringMatching(/^4 rows\[1\]\.status attendu : « conforme », « non conforme », « non applicable »/));
      expect(seen).toContainEqual("5 rows[2].page page absente de l’échantillon ; attendu : accueil, aide");
      expect(seen).toContainEqual("7 rows[4].criterion critère d’une autre thématique ; attendu : un critère « 1.N » dans ce fichier");
    });

    it("requires the grid file's number to match its theme and refuses files named otherwise", async () => {
      const { raw } = await load({ ...complete, "grille/03-images.yaml": IMAGES, "grille/notes.txt": "x" });
      const seen = raw.map((error) => `${error.file} ${error.field ?? ""} ${error.message}`);
      expect(seen).toContainEqual("content/accessibilite/grille/03-images.yaml theme thématique différente de celle du nom du fichier ; attendu : 3");
      expect(seen).toContainEqual(expect.stringContaining("content/accessibilite/grille/notes.txt  élément inattendu"));
    });

    it("accepts the real audit folder of the repository", async () => {
      const errors: ContentError[] = [];
      const audit = await loadAccessibilityAudit({ contentDir: path.join(repoRoot, "content"), rootDir: repoRoot }, errors);
      expect(errors.map(formatContentError)).toEqual([]);
      expect(audit!.referential.themes.flatMap((theme) => theme.criteria)).toHaveLength(106);
      expect(audit!.rows).toHaveLength(106 * audit!.info.pages.length);
    });
  });
});
