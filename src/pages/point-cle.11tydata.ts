import type { CriterionView } from "../graph/site-graph.ts";

/** A function, not a template string: Eleventy would compile and render a string again for each page. */
export default { permalink: (data: { criterion: CriterionView }) => data.criterion.url };
