import { spawnSync } from "node:child_process";
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, realpath, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createStagingDir, publishStagingDir, recoverPublishedSite, versionsDir } from "../../../src/build/publish.ts";

let root: string;
let site: string;
let versions: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "fiches-publish-"));
  site = path.join(root, "_site");
  versions = path.join(root, ".build/_site");
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Builds and publishes a one-page site saying `text`. */
async function publish(text: string): Promise<string> {
  const staging = await createStagingDir(site);
  await writeFile(path.join(staging, "index.html"), text);
  await publishStagingDir(staging, site);
  return staging;
}

/** A process id that no process has any more. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(result.stdout);
}

const mode = async (file: string) => (await stat(file)).mode & 0o777;

describe("unit", () => {
  describe("publishStagingDir", () => {
    it("replaces the published site whole, so removed pages disappear, and keeps one version", async () => {
      await mkdir(path.join(site, "old"), { recursive: true });
      await writeFile(path.join(site, "old/index.html"), "ancienne page");
      const staging = await createStagingDir(site);
      await writeFile(path.join(staging, "index.html"), "nouvelle page");
      await publishStagingDir(staging, site);
      expect(await readdir(site)).toEqual(["index.html"]);
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("nouvelle page");
      expect(await readdir(versions)).toEqual([path.basename(staging)]);
    });

    it("makes _site a relative link to the version, swapped by one rename", async () => {
      const first = await publish("un");
      expect((await lstat(site)).isSymbolicLink()).toBe(true);
      expect(await readlink(site)).toBe(`.build/_site/${path.basename(first)}`);
      const second = await publish("deux");
      expect(await readlink(site)).toBe(`.build/_site/${path.basename(second)}`);
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("deux");
      expect(await readdir(versions)).toEqual([path.basename(second)]);
    });

    it("publishes folders 0755 and files 0644 whatever the umask, and the folders above them crossable", async () => {
      const umask = process.umask(0o077);
      try {
        const staging = await createStagingDir(site);
        await mkdir(path.join(staging, "pdf"));
        await writeFile(path.join(staging, "index.html"), "page");
        await writeFile(path.join(staging, "pdf/fiche.pdf"), "%PDF");
        await writeFile(path.join(staging, "index.html.gz"), "gz");
        expect(await mode(staging)).toBe(0o700);
        expect(await mode(path.join(staging, "pdf/fiche.pdf"))).toBe(0o600);
        await publishStagingDir(staging, site);
      } finally {
        process.umask(umask);
      }
      for (const folder of [site, path.join(site, "pdf"), versions, path.dirname(versions)]) expect(await mode(folder)).toBe(0o755);
      for (const file of ["index.html", "pdf/fiche.pdf", "index.html.gz"]) expect(await mode(path.join(site, file))).toBe(0o644);
    });
  });

  describe("recoverPublishedSite", () => {
    it("turns the real _site/ folder of an older build into a published version, content unchanged", async () => {
      await mkdir(path.join(site, "lexique"), { recursive: true });
      await writeFile(path.join(site, "index.html"), "site d’avant");
      await recoverPublishedSite(site);
      expect((await lstat(site)).isSymbolicLink()).toBe(true);
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("site d’avant");
      expect((await stat(path.join(site, "lexique"))).isDirectory()).toBe(true);
      await publish("nouveau");
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("nouveau");
      expect(await readdir(versions)).toHaveLength(1);
    });

    it("migrates a real _site/ folder again over a stale migrated copy", async () => {
      await mkdir(path.join(versions, "v-migre"), { recursive: true });
      await writeFile(path.join(versions, "v-migre/index.html"), "copie périmée");
      await mkdir(site);
      await writeFile(path.join(site, "index.html"), "site d’avant");
      await recoverPublishedSite(site);
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("site d’avant");
    });

    it("accepts the published folder named relative to the working folder", async () => {
      const cwd = process.cwd();
      process.chdir(root);
      try {
        await publish("un");
        const staging = await createStagingDir("_site");
        await writeFile(path.join(staging, "index.html"), "deux");
        await publishStagingDir(staging, "_site");
      } finally {
        process.chdir(cwd);
      }
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("deux");
      expect(await readdir(versions)).toHaveLength(1);
    });

    it("finishes a migration killed between its two steps: the moved site is published again", async () => {
      await mkdir(path.join(versions, "v-migre"), { recursive: true });
      await writeFile(path.join(versions, "v-migre/index.html"), "site d’avant");
      await recoverPublishedSite(site);
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("site d’avant");
    });

    it("removes what a killed build left (staging folder, fresh link, replaced version), keeps the published site", async () => {
      const published = await publish("publié");
      const dead = deadPid();
      await mkdir(path.join(versions, `v-${dead}-abc123`));
      await writeFile(path.join(versions, `v-${dead}-abc123/index.html`), "à moitié");
      await symlink(`.build/_site/v-${dead}-abc123`, path.join(versions, `link-${dead}-xyz`));
      await mkdir(path.join(versions, `v-${deadPid()}-ancienne`));
      await recoverPublishedSite(site);
      expect(await readdir(versions)).toEqual([path.basename(published)]);
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("publié");
    });

    it("keeps the staging folder of a build still running", async () => {
      await publish("publié");
      const running = `v-${process.ppid}-encours`;
      await mkdir(path.join(versions, running));
      await recoverPublishedSite(site);
      expect(await readdir(versions)).toContain(running);
    });

    it("refuses a _site that is neither a folder nor one of its links, and touches nothing", async () => {
      const elsewhere = path.join(root, "ailleurs");
      await mkdir(elsewhere);
      await symlink(elsewhere, site);
      await expect(recoverPublishedSite(site)).rejects.toThrow(`${site} n’est ni un dossier ni un lien vers ${versions}/`);
      expect(await realpath(site)).toBe(await realpath(elsewhere));
    });

    it("keeps the versions of two published folders of the same parent apart", async () => {
      expect(versionsDir(path.join(root, "_site"))).not.toBe(versionsDir(path.join(root, "_site-autre")));
      await publish("un");
      const other = path.join(root, "_site-autre");
      const staging = await createStagingDir(other);
      await publishStagingDir(staging, other);
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("un");
    });
  });
});
