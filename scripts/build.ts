import { buildSite } from "../src/build/build-site.ts";
import { defaultBuildSteps } from "../src/build/default-steps.ts";
import { reportFailure } from "../src/build/report-failure.ts";

try {
  await buildSite({ steps: defaultBuildSteps({ force: process.argv.includes("--force") }), log: console.log });
} catch (error) {
  reportFailure(error);
  process.exit(1);
}
