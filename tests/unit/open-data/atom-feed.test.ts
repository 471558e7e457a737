import { beforeAll, describe, expect, it } from "vitest";
import type { SiteGraph } from "../../../src/graph/site-graph.ts";
import { absoluteLinks, absoluteUrl } from "../../../src/site/absolute-url.ts";
import { atomFeed } from "../../../src/open-data/atom-feed.ts";
import { atomFeedXml } from "../../../src/open-data/atom-xml.ts";
import { minimalSiteGraph } from "../../helpers/content-fixture.ts";

let graph: SiteGraph;

beforeAll(async () => {
  graph = await minimalSiteGraph();
});

describe("unit", () => {
  describe("atomFeed", () => {
    it("lists the fiches newest first, with ids and dates taken from their update date", () => {
      const feed = atomFeed(graph);
      expect(feed.entries.map((entry) => [entry.id, entry.updated])).toEqual([
        ["tag:test.fr,2026-01-16:/fiches/autre/", "2026-01-16T00:00:00Z"],
        ["tag:test.fr,2026-01-15:/fiches/demo/", "2026-01-15T00:00:00Z"],
      ]);
      expect(feed.updated).toBe("2026-01-16T00:00:00Z");
    });

    it("uses absolute addresses on the site's base URL", () => {
      const feed = atomFeed(graph);
      expect(feed.selfUrl).toBe("https://test.fr/flux.xml");
      expect(feed.siteUrl).toBe("https://test.fr/");
      expect(feed.entries[1]).toMatchObject({ url: "https://test.fr/fiches/demo/", pdfUrl: "https://test.fr/pdf/demo.pdf", title: "Fiche de démonstration" });
    });

    it("gives a fiche a new id when its update date changes", () => {
      const updated = { ...graph, fiches: graph.fiches.map((fiche) => (fiche.id === "demo" ? { ...fiche, updated: "2026-03-01" } : fiche)) };
      const [first] = atomFeed(updated).entries;
      expect(first!.id).toBe("tag:test.fr,2026-03-01:/fiches/demo/");
      expect(atomFeed(updated).updated).toBe("2026-03-01T00:00:00Z");
    });

    it("names the licence in the feed's rights", () => {
      expect(atomFeed(graph).rights).toBe("Licence de test (https://test.fr/licence)");
    });

    it("gives titles and summaries French no-break spaces, and leaves ids, links and dates alone", () => {
      const asked = { ...graph, fiches: graph.fiches.map((fiche) => (fiche.id === "demo" ? { ...fiche, title: "Quoi ? Vraiment", summary: "Note : « oui »" } : fiche)) };
      const entry = atomFeed(asked).entries.find((candidate) => candidate.url.endsWith("/demo/"))!;
      expect(entry.title).toBe("Quoi\u202F? Vraiment");
      expect(entry.summary).toMatch(/^Note\u00A0: «\u00A0oui\u00A0» \(/);
      expect(entry).toMatchObject({ id: "tag:test.fr,2026-01-15:/fiches/demo/", url: "https://test.fr/fiches/demo/", updated: "2026-01-15T00:00:00Z" });
    });
  });

  describe("absoluteLinks", () => {
    it("prefixes the site's own links with the base URL and leaves other links alone", () => {
      const html = '<a href="/lexique/x/">x</a> <a href="https://autre.fr/">y</a> <a href="//cdn.fr/z">z</a>';
      expect(absoluteLinks(html, "https://test.fr")).toBe('<a href="https://test.fr/lexique/x/">x</a> <a href="https://autre.fr/">y</a> <a href="//cdn.fr/z">z</a>');
      expect(absoluteUrl("/fiches/demo/#a", "https://test.fr")).toBe("https://test.fr/fiches/demo/#a");
    });
  });
  describe("atomFeedXml", () => {
    it("writes every value escaped, so a title with markup stays text", () => {
      const feed = atomFeed(graph);
      const entry = { ...feed.entries[0]!, title: `Fiche <script>alert("x")</script> & 'co'` };
      const xml = atomFeedXml({ ...feed, entries: [entry] });
      expect(xml).toContain("<title>Fiche &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;co&apos;</title>");
      expect(xml).not.toContain("<script>");
      expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">')).toBe(true);
      expect(xml.match(/<entry>/g)).toHaveLength(1);
    });
  });
});
