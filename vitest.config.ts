import { defineConfig } from "vitest/config";

/** Three suites with different costs: unit (pure functions), build (real builds), e2e (real Chromium). */
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      { test: { name: "build", include: ["tests/build/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 300_000 } },
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
