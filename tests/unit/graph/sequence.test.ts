import { describe, expect, it } from "vitest";
import { depthFirst, neighboursInOrder } from "../../../src/graph/sequence.ts";

const link = (name: string) => ({ url: `/${name}/`, title: name, titleHtml: name, lang: undefined });

describe("unit", () => {
  describe("depthFirst", () => {
    it("puts each item before its children, and an item reached twice only once", () => {
      const tree: Record<string, string[]> = { a: ["b", "c"], b: ["d"], c: [], d: [], e: ["d"] };
      expect(depthFirst(["a", "e"], (id) => tree[id]!)).toEqual(["a", "b", "d", "c", "e"]);
      expect(depthFirst([], () => [])).toEqual([]);
    });
  });

  describe("neighboursInOrder", () => {
    it("gives the first item no previous page and the last no next page", () => {
      const [a, b, c] = neighboursInOrder([link("a"), link("b"), link("c")]);
      expect(a).toEqual({ previous: undefined, next: link("b") });
      expect(b).toEqual({ previous: link("a"), next: link("c") });
      expect(c).toEqual({ previous: link("b"), next: undefined });
      expect(neighboursInOrder([link("seul")])).toEqual([{ previous: undefined, next: undefined }]);
    });

    it("keeps only what a link needs, not the whole view", () => {
      const [, b] = neighboursInOrder([{ ...link("a"), extra: [1, 2] } as ReturnType<typeof link>, link("b")]);
      expect(Object.keys(b!.previous!).sort()).toEqual(["lang", "title", "titleHtml", "url"]);
    });
  });
});
