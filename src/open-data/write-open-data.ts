import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteGraph } from "../graph/site-graph.ts";
import { urls } from "../site/urls.ts";
import { atomFeed } from "./atom-feed.ts";
import { auditGridCsv } from "./audit-grid-csv.ts";
import { atomFeedXml } from "./atom-xml.ts";
import { openDataNames } from "./formats.ts";
import { openDataJsonSchema } from "./json-schema.ts";
import { openDataFile } from "./serializers.ts";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes the JSON files, their schemas, the Atom feed and the accessibility audit grid into the built site, from the same graph as the pages. */
export async function writeOpenData(siteDir: string, graph: SiteGraph): Promise<string[]> {
  const files = new Map<string, string>([[urls.feed, atomFeedXml(atomFeed(graph))]]);
  for (const name of openDataNames) {
    files.set(urls.openDataFile(name), json(openDataFile(name, graph)));
    files.set(urls.openDataSchema(name), json(openDataJsonSchema(name, graph.site.baseUrl)));
  }
  if (graph.accessibility) files.set(urls.accessibilityGrid, auditGridCsv(graph.accessibility, graph.site.baseUrl));
  const folders = new Set([...files.keys()].map((url) => path.dirname(path.join(siteDir, url))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...files].map(([url, text]) => writeFile(path.join(siteDir, url), text)));
  return [...files.keys()];
}
