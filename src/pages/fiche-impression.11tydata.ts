import type { FicheView } from "../graph/site-graph.ts";
import { urls } from "../site/urls.ts";

/** A function, not a template string: Eleventy would compile and render a string again for each page. */
export default { permalink: (data: { fiche: FicheView }) => urls.fichePrintCss(data.fiche.id) };
