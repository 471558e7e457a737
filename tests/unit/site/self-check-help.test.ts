import { expect, it } from "vitest";
import { loadContent } from "../../../src/content/load-content.ts";
import { buildSiteGraph } from "../../../src/graph/site-graph.ts";
import { selfCheckHelpIds } from "../../../src/site/settings-check.ts";
import { repoRoot } from "../../helpers/content-fixture.ts";

it("names in the self-check result only help services the real content has, in the listed order", async () => {
  const graph = buildSiteGraph(await loadContent({ contentDir: `${repoRoot}/content`, rootDir: repoRoot }));
  expect(graph.selfCheckHelp.map((service) => service.id)).toEqual([...selfCheckHelpIds]);
  expect(graph.selfCheckHelp.every((service) => service.url === `/aide/#${service.anchor}`)).toBe(true);
});
