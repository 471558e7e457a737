import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createStagingDir, publishStagingDir } from "../../../src/build/publish.ts";
import { checkNodeVersion, findChromium, MissingPrerequisiteError } from "../../../src/platform/prerequisites.ts";

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("unit", () => {
  describe("publishStagingDir", () => {
    it("replaces the published folder whole, so removed pages disappear", async () => {
      root = await mkdtemp(path.join(tmpdir(), "fiches-publish-"));
      const site = path.join(root, "_site");
      await mkdir(path.join(site, "old"), { recursive: true });
      await writeFile(path.join(site, "old/index.html"), "ancienne page");
      const staging = await createStagingDir(site);
      await writeFile(path.join(staging, "index.html"), "nouvelle page");
      await publishStagingDir(staging, site);
      expect(await readdir(site)).toEqual(["index.html"]);
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("nouvelle page");
      expect(await readdir(path.join(root, ".build"))).toEqual([]);
    });
  });

  describe("prerequisites", () => {
    it("refuses a Node.js older than 20.19 with a one-line instruction", () => {
      expect(() => checkNodeVersion("18.20.0")).toThrow(MissingPrerequisiteError);
      expect(() => checkNodeVersion("20.18.1")).toThrow(/installez Node\.js 20\.19 ou plus récent/);
      expect(() => checkNodeVersion("20.19.0")).not.toThrow();
      expect(() => checkNodeVersion("24.1.0")).not.toThrow();
    });

    it("says how to install Chromium when it is missing", () => {
      expect(() => findChromium({ CHROMIUM_PATH: "/nulle/part/chromium" })).toThrow(
        "Chromium est introuvable (/nulle/part/chromium) : installez-le avec « apt-get install chromium » ou lancez « npm run setup » en root.",
      );
    });
  });
});
