import { defineConfig } from "vitest/config";

/**
 * Suites by cost: unit (pure functions), build (real builds of test content), site (checks on the
 * built `_site/`: PDFs, fidelity, HTML, links), e2e (real Chromium on `_site/`).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      { test: { name: "build", include: ["tests/build/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 300_000 } },
      { test: { name: "site", include: ["tests/site/**/*.test.ts"], testTimeout: 120_000 } },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
