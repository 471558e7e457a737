import { pdfStep } from "../pdf/pdf-step.ts";
import { searchIndexStep } from "../search/search-index-step.ts";
import { headersStep } from "../security/headers-step.ts";
import type { BuildStep } from "./build-site.ts";

export interface DefaultStepOptions {
  /** Print every PDF again even if its page did not change. */
  force?: boolean;
}

/** The steps after Eleventy, in order: search index, PDFs, header file for static hosts. */
export function defaultBuildSteps(options: DefaultStepOptions = {}): BuildStep[] {
  return [searchIndexStep(), pdfStep({ force: options.force ?? false }), headersStep()];
}
