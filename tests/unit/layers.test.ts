import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/content-fixture.ts";
import { crossFolderImports, LAYERS, layerViolations } from "../helpers/import-layers.ts";

const srcDir = path.join(repoRoot, "src");

describe("unit", () => {
  describe("folders of src/", () => {
    it("gives every folder of src/ a rank in the flow", async () => {
      const folders = (await readdir(srcDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
      expect(folders.filter((folder) => LAYERS[folder] === undefined)).toEqual([]);
      expect(Object.keys(LAYERS).filter((folder) => !folders.includes(folder))).toEqual([]);
    });

    it("keeps files out of the root of src/, so each belongs to a stage", async () => {
      const files = (await readdir(srcDir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
      expect(files).toEqual([]);
    });

    it("imports only from lower stages: no cycle, nothing below build/ imports it", async () => {
      const edges = await crossFolderImports(srcDir);
      expect(edges.length).toBeGreaterThan(20);
      expect(layerViolations(edges)).toEqual([]);
    });

    it("reports an upward, a sideways and an unranked import", () => {
      const edges = [
        { file: "graph/x.ts", from: "graph", to: "build" },
        { file: "pdf/y.ts", from: "pdf", to: "search" },
        { file: "graph/z.ts", from: "graph", to: "lib" },
        { file: "graph/w.ts", from: "graph", to: "content" },
      ];
      expect(layerViolations(edges)).toEqual(["graph/x.ts: graph → build", "pdf/y.ts: pdf → search", "graph/z.ts: graph → lib"]);
    });
  });
});
