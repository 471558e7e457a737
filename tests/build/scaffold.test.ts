import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyMinimalContent, repoRoot } from "../helpers/content-fixture.ts";
import { runTsx } from "../helpers/run-build.ts";

type Fixture = Awaited<ReturnType<typeof copyMinimalContent>>;
let fixture: Fixture;
let env: Record<string, string>;

/** `npm run <script> -- <args>` exactly as an editor types it, on the copy of the test content. */
async function npmRun(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)("npm", ["run", "--silent", script, "--", ...args], { cwd: repoRoot, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  fixture = await copyMinimalContent();
  env = { FICHES_CONTENT_DIR: fixture.contentDir, FICHES_SITE_DIR: path.join(fixture.root, "_site") };
});

afterAll(async () => {
  await fixture?.cleanup();
});

describe("build", () => {
  it("creates a glossary term that passes validation with « npm run new:term »", async () => {
    const result = await npmRun("new:term", "Rançongiciel");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Terme du lexique créé : .*lexique\/rancongiciel\.md \(page \/lexique\/rancongiciel\/\)$/m);
    expect(result.stdout).toContain("  - short : une définition en une seule phrase, terminée par un point ;");
    const text = await readFile(path.join(fixture.contentDir, "lexique/rancongiciel.md"), "utf8");
    expect(text).toContain('term: "Rançongiciel"');
  });

  it("creates a fiche that passes validation with « npm run new:fiche »", async () => {
    const result = await npmRun("new:fiche", "Réseaux sociaux");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("  - sections : le contenu de la fiche, section par section ;");
    const text = await readFile(path.join(fixture.contentDir, "fiches/reseaux-sociaux.yaml"), "utf8");
    expect(text).toMatch(/^updated: \d{4}-\d{2}-\d{2}$/m);
  });

  it("leaves content that « npm run validate » accepts", async () => {
    const result = await runTsx("scripts/validate.ts", env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Contenu valide : 3 fiches, 2 risques, 2 points clés, 4 termes du lexique/);
  });

  it("refuses to overwrite an existing file and says so in French", async () => {
    const file = path.join(fixture.contentDir, "lexique/rancongiciel.md");
    await fixture.write("lexique/rancongiciel.md", (await readFile(file, "utf8")).replace("À remplacer par un conseil pratique.", "Sauvegardez."));
    const result = await runTsx("scripts/new-term.ts", env, ["Rançongiciel"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/lexique\/rancongiciel\.md existe déjà : rien n’a été modifié\./);
    expect(await readFile(file, "utf8")).toContain("advice: \"Sauvegardez.\"");
  });

  it("builds the site with the new term and fiche, PDF included", async () => {
    const result = await runTsx("scripts/build.ts", env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const site = env.FICHES_SITE_DIR!;
    const term = await readFile(path.join(site, "lexique/rancongiciel/index.html"), "utf8");
    expect(term).toContain('<h1 id="titre-terme" data-pagefind-weight="10">Rançongiciel</h1>');
    const fiche = await readFile(path.join(site, "fiches/reseaux-sociaux/index.html"), "utf8");
    expect(fiche).toContain("Réseaux sociaux");
    expect((await stat(path.join(site, "pdf/reseaux-sociaux.pdf"))).size).toBeGreaterThan(1000);
  });
});
