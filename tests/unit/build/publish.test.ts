import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createStagingDir, publishStagingDir } from "../../../src/build/publish.ts";

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
});
