import { runTsx } from "./child-process.ts";

/** Wall time of `npm run validate`'s own command (Node start, loader and all), as an editor waits for it. */
export async function measureValidateWall(contentDir: string, runs: number): Promise<number[]> {
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await runTsx("scripts/validate.ts", { FICHES_CONTENT_DIR: contentDir });
    durations.push(performance.now() - started);
  }
  return durations;
}
