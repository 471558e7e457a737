import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteGraph } from "../lib/site-graph.ts";
import { atomFeed } from "../open-data/atom-feed.ts";
import { openDataCatalog } from "../open-data/catalog.ts";
import { openDataNames, type OpenDataName } from "../open-data/formats.ts";
import { openDataJsonSchema } from "../open-data/json-schema.ts";
import { openDataFile } from "../open-data/serializers.ts";

function datasetName(name: string): OpenDataName {
  if ((openDataNames as string[]).includes(name)) return name as OpenDataName;
  throw new Error(`Fichier de données ouvertes inconnu : « ${name} » ; attendu : ${openDataNames.join(", ")}`);
}

/** Open data: the JSON files and their schemas (as JSON text), the catalogue page and the Atom feed. */
export function openDataPlugin(eleventyConfig: UserConfig): void {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  eleventyConfig.addGlobalData("openDataNames", openDataNames);
  eleventyConfig.addFilter("openDataJson", (graph: SiteGraph, name: string) => json(openDataFile(datasetName(name), graph)));
  eleventyConfig.addFilter("openDataSchemaJson", (graph: SiteGraph, name: string) =>
    json(openDataJsonSchema(datasetName(name), graph.site.baseUrl)),
  );
  eleventyConfig.addFilter("openDataCatalog", (graph: SiteGraph) => openDataCatalog(graph));
  eleventyConfig.addFilter("atomFeed", (graph: SiteGraph) => atomFeed(graph));
}
