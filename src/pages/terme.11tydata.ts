import type { TermView } from "../lib/site-graph.ts";
import { urls } from "../lib/urls.ts";

type Data = { term: TermView };

export default {
  eleventyComputed: {
    title: (data: Data) => `${data.term.title} — Lexique`,
    breadcrumbTitle: (data: Data) => data.term.title,
    description: (data: Data) => data.term.short,
    breadcrumbs: () => [
      { url: urls.home, title: "Accueil" },
      { url: urls.glossary, title: "Lexique" },
    ],
  },
};
