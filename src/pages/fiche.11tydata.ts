import type { FicheView } from "../lib/site-graph.ts";
import { urls } from "../lib/urls.ts";

type Data = { fiche: FicheView };

export default {
  eleventyComputed: {
    title: (data: Data) => data.fiche.title,
    description: (data: Data) => data.fiche.summary,
    breadcrumbs: () => [
      { url: urls.home, title: "Accueil" },
      { url: "/fiches/", title: "Fiches" },
    ],
    scripts: () => ["/assets/js/print-button.js"],
    printStyles: (data: Data) => [urls.fichePrintCss(data.fiche.slug)],
  },
};
