import type { RiskView } from "../lib/site-graph.ts";
import { urls } from "../lib/urls.ts";

type Data = { risk: RiskView };

export default {
  eleventyComputed: {
    title: (data: Data) => `${data.risk.title} — Risque`,
    breadcrumbTitle: (data: Data) => data.risk.title,
    breadcrumbs: (data: Data) => [
      { url: urls.home, title: "Accueil" },
      { url: urls.risks, title: "Risques" },
      ...(data.risk.parent ? [{ url: data.risk.parent.url, title: data.risk.parent.title }] : []),
    ],
  },
};
