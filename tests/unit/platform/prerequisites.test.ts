import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkNodeVersion, findChromium, MissingPrerequisiteError, nodeEnginesRange } from "../../../src/platform/prerequisites.ts";
import { repoRoot } from "../../../src/platform/repo-root.ts";

describe("unit", () => {
  describe("prerequisites", () => {
    it("accepts only the Node.js lines the dependencies accept, with a one-line instruction", () => {
      for (const version of ["18.20.0", "20.18.1", "21.7.3", "22.15.0", "23.11.0"]) {
        expect(() => checkNodeVersion(version)).toThrow(MissingPrerequisiteError);
      }
      expect(() => checkNodeVersion("22.15.0")).toThrow(/installez Node\.js 24 LTS ou plus récent/);
      for (const version of ["20.19.0", "22.16.0", "24.0.0", "26.12.1", "28.1.0"]) {
        expect(() => checkNodeVersion(version)).not.toThrow();
      }
    });

    it("agrees with package.json's engines.node", async () => {
      const packageJson = JSON.parse(await readFile(path.join(repoRoot, "package.json"), "utf8")) as { engines: { node: string } };
      expect(packageJson.engines.node).toBe(nodeEnginesRange());
    });

    it("says how to install Chromium when it is missing", () => {
      expect(() => findChromium({ CHROMIUM_PATH: "/nulle/part/chromium" })).toThrow(
        "Chromium est introuvable (/nulle/part/chromium) : installez-le avec « apt-get install chromium » ou lancez « npm run setup » en root.",
      );
    });
  });
});
