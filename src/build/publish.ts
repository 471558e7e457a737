import { mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}

/** A fresh, empty folder next to the published one (same file system, so the swap is a rename). */
export async function createStagingDir(outputDir: string): Promise<string> {
  const workDir = path.join(path.dirname(outputDir), ".build");
  await mkdir(workDir, { recursive: true });
  return mkdtemp(path.join(workDir, `${path.basename(outputDir)}-`));
}

/**
 * Replaces the published folder by the staging one in two renames, so readers never see a mix of
 * old and new pages, and pages removed from content disappear.
 */
export async function publishStagingDir(stagingDir: string, outputDir: string): Promise<void> {
  const previous = `${stagingDir}.previous`;
  const hadOutput = await exists(outputDir);
  if (hadOutput) await rename(outputDir, previous);
  try {
    await rename(stagingDir, outputDir);
  } catch (error) {
    if (hadOutput) await rename(previous, outputDir);
    throw error;
  }
  if (hadOutput) await rm(previous, { recursive: true, force: true });
}

export async function discardStagingDir(stagingDir: string): Promise<void> {
  await rm(stagingDir, { recursive: true, force: true });
}
