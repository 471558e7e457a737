import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { staleArtefactsNotice, untilContentLoads } from "../../../src/build/preview-graph.ts";
import { ContentValidationError } from "../../../src/content/content-error.ts";

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

async function tempDir(): Promise<string> {
  root = await mkdtemp(path.join(tmpdir(), "fiches-preview-"));
  return root;
}

describe("unit", () => {
  describe("staleArtefactsNotice", () => {
    it("says nothing when the site has neither PDFs nor a search index", async () => {
      expect(staleArtefactsNotice(await tempDir())).toBeUndefined();
    });

    it("names only what the last full build left", async () => {
      const site = await tempDir();
      await mkdir(path.join(site, "pdf"));
      expect(staleArtefactsNotice(site)).toBe("Les PDF sont ceux de la dernière construction complète (npm run build) : ils ne suivent pas vos modifications.");
      await mkdir(path.join(site, "pagefind"));
      expect(staleArtefactsNotice(site)).toBe(
        "Les PDF et l’index de recherche sont ceux de la dernière construction complète (npm run build) : ils ne suivent pas vos modifications.",
      );
      await rm(path.join(site, "pdf"), { recursive: true });
      expect(staleArtefactsNotice(site)).toBe("L’index de recherche est celui de la dernière construction complète (npm run build) : il ne suit pas vos modifications.");
    });
  });

  describe("untilContentLoads", () => {
    it("reports the French errors alone, then waits for an edit that fixes the content", async () => {
      const content = await tempDir();
      let fixed = false;
      const reports: string[] = [];
      const load = async () => {
        if (!fixed) throw new ContentValidationError([{ file: "content/lexique/a.md", line: 2, message: "attendu : un texte" }]);
      };
      const waiting = untilContentLoads(load, content, (message) => reports.push(message));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(reports).toHaveLength(1);
      expect(reports[0]).toContain("content/lexique/a.md:2");
      expect(reports[0]).not.toMatch(/^\s*at /m);
      fixed = true;
      await writeFile(path.join(content, "a.md"), "corrigé");
      await waiting;
    });

    it("lets any other error through", async () => {
      const content = await tempDir();
      await expect(untilContentLoads(async () => Promise.reject(new TypeError("bug")), content, () => {})).rejects.toThrow("bug");
    });
  });
});
