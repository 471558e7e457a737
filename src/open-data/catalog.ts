import type { SiteGraph } from "../graph/site-graph.ts";
import { urls } from "../site/urls.ts";
import { ui } from "../site/ui-strings.ts";
import { openDataNames, type OpenDataName } from "./formats.ts";

export interface OpenDataEntry {
  name: OpenDataName;
  title: string;
  description: string;
  url: string;
  schemaUrl: string;
  count: number;
}

/** The published files, as the « Données ouvertes » page lists them. */
export function openDataCatalog(graph: SiteGraph): OpenDataEntry[] {
  const counts: Record<OpenDataName, number> = {
    fiches: graph.fiches.length,
    lexique: graph.terms.length,
    risques: graph.risks.length,
    criteres: graph.criteria.length,
    aide: graph.helpServices.length,
  };
  return openDataNames.map((name) => ({
    name,
    ...ui.openData.datasets[name],
    url: urls.openDataFile(name),
    schemaUrl: urls.openDataSchema(name),
    count: counts[name],
  }));
}
