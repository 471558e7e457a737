import { chmod, lstat, mkdir, mkdtemp, readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import path from "node:path";
import { makePublic } from "../files/public-permissions.ts";

/*
 * Layout, for a published folder `<parent>/_site`:
 *
 *   <parent>/_site                  symbolic link → .build/_site/v-<pid>-<random>
 *   <parent>/.build/_site/v-…       the published version, and at most one being built
 *   <parent>/.build/_site/link-…    a fresh link, a moment before it is renamed over `_site`
 *
 * Publishing is one rename() of a fresh link over the old one, atomic on POSIX: `_site` is always
 * either the previous complete site or the new one, whenever the build is killed.
 */

/** The folder of the versions of `outputDir` (one per published folder, so two never mix). */
export function versionsDir(outputDir: string): string {
  return path.resolve(path.dirname(outputDir), ".build", path.basename(outputDir));
}

/** Where a real `_site/` folder of an older build goes, the moment before it becomes a link. */
const MIGRATED = "v-migre";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

async function lstatOrUndefined(target: string) {
  try {
    return await lstat(target);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** The version folder `outputDir` points to, by name, or undefined when it is not a link of ours. */
async function publishedVersion(outputDir: string): Promise<string | undefined> {
  const info = await lstatOrUndefined(outputDir);
  if (!info?.isSymbolicLink()) return undefined;
  const target = path.resolve(path.dirname(outputDir), await readlink(outputDir));
  return path.dirname(target) === versionsDir(outputDir) ? path.basename(target) : undefined;
}

/** Points `outputDir` at `version` in one rename, whatever it was (a link, or nothing). */
async function swapLink(outputDir: string, version: string): Promise<void> {
  const versions = versionsDir(outputDir);
  const link = path.join(versions, `link-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  // Relative, so the repository can move; resolved from the link's final folder, not from `.build/`.
  await symlink(path.relative(path.dirname(outputDir), path.join(versions, version)), link);
  try {
    await rename(link, outputDir);
  } catch (error) {
    await rm(link, { force: true });
    throw error;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Brings `outputDir` back to a known state before a build: a real folder from an older build
 * becomes a version (moved, then linked: a build killed in between is finished here the next time),
 * and everything in the versions folder that is neither published nor owned by a running build
 * (staging folders and links of a killed build, old versions) is removed.
 */
export async function recoverPublishedSite(outputDir: string): Promise<void> {
  const versions = versionsDir(outputDir);
  await mkdir(versions, { recursive: true });
  // nginx workers must be able to cross these folders to reach the site (the umask may say otherwise).
  await chmod(path.dirname(versions), 0o755);
  await chmod(versions, 0o755);
  const info = await lstatOrUndefined(outputDir);
  if (info && !info.isDirectory() && !(await publishedVersion(outputDir))) {
    throw new Error(`${outputDir} n’est ni un dossier ni un lien vers ${versions}/ : déplacez-le, puis relancez.`);
  }
  if (info?.isDirectory()) {
    // Left by a migration whose site was replaced by a real folder again since: not published, so stale.
    await rm(path.join(versions, MIGRATED), { recursive: true, force: true });
    await rename(outputDir, path.join(versions, MIGRATED));
    await swapLink(outputDir, MIGRATED);
  } else if (!info && (await lstatOrUndefined(path.join(versions, MIGRATED)))) {
    await swapLink(outputDir, MIGRATED);
  }
  const published = await publishedVersion(outputDir);
  for (const name of await readdir(versions)) {
    if (name === published) continue;
    const owner = /^(?:v|link)-(\d+)-/.exec(name);
    if (owner && isAlive(Number(owner[1]))) continue;
    await rm(path.join(versions, name), { recursive: true, force: true });
  }
}

/**
 * A fresh, empty version folder beside the published one (same file system), after recovering
 * from any build killed before. Its name carries the build's process id, so a second build running
 * at the same time does not remove it.
 */
export async function createStagingDir(outputDir: string): Promise<string> {
  await recoverPublishedSite(outputDir);
  return mkdtemp(path.join(versionsDir(outputDir), `v-${process.pid}-`));
}

/**
 * Makes the staging folder readable by the web server (directories 0755, files 0644), then points
 * `outputDir` at it in one atomic rename; the version it replaces is removed afterwards.
 */
export async function publishStagingDir(stagingDir: string, outputDir: string): Promise<void> {
  if (path.dirname(stagingDir) !== versionsDir(outputDir)) {
    throw new Error(`Dossier de préparation inattendu : ${stagingDir} n’est pas dans ${versionsDir(outputDir)}.`);
  }
  await makePublic(stagingDir);
  const previous = await publishedVersion(outputDir);
  await swapLink(outputDir, path.basename(stagingDir));
  if (previous && previous !== path.basename(stagingDir)) {
    await rm(path.join(versionsDir(outputDir), previous), { recursive: true, force: true });
  }
}

export async function discardStagingDir(stagingDir: string): Promise<void> {
  await rm(stagingDir, { recursive: true, force: true });
}
