import type { CriterionView } from "../lib/site-graph.ts";
import { urls } from "../lib/urls.ts";

type Data = { criterion: CriterionView };

export default {
  eleventyComputed: {
    title: (data: Data) => `${data.criterion.title} — Point clé`,
    breadcrumbTitle: (data: Data) => data.criterion.title,
    breadcrumbs: () => [
      { url: urls.home, title: "Accueil" },
      { url: urls.criteria, title: "Les 6 points clés" },
    ],
  },
};
