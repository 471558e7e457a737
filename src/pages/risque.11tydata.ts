import type { RiskView } from "../graph/site-graph.ts";

/** A function, not a template string: Eleventy would compile and render a string again for each page. */
export default { permalink: (data: { risk: RiskView }) => data.risk.url };
