import type { BuildStep } from "./build-site.ts";

export interface DefaultStepOptions {
  /** Print every PDF again even if its page did not change. */
  force?: boolean;
}

/** The steps after Eleventy, in order. */
export function defaultBuildSteps(_options: DefaultStepOptions = {}): BuildStep[] {
  return [];
}
