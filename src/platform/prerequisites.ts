import { accessSync, constants } from "node:fs";

/** The oldest Node.js our dependencies accept (html-validate 10 needs 20.19). */
export const MINIMUM_NODE = [20, 19] as const;

/** Raised when the machine lacks something; its message is one line saying what to do. */
export class MissingPrerequisiteError extends Error {
  override name = "MissingPrerequisiteError";
}

export function checkNodeVersion(version: string = process.versions.node): void {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [needMajor, needMinor] = MINIMUM_NODE;
  if (major < needMajor || (major === needMajor && minor < needMinor)) {
    throw new MissingPrerequisiteError(
      `Node.js ${version} est trop ancien : installez Node.js ${needMajor}.${needMinor} ou plus récent (par exemple Node.js 20 LTS à jour), puis relancez.`,
    );
  }
}

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Debian's Chromium, or CHROMIUM_PATH: the only browser the project uses (never a downloaded one). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES;
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new MissingPrerequisiteError(
    `Chromium est introuvable (${candidates.join(", ")}) : installez-le avec « apt-get install chromium » ou lancez « npm run setup » en root.`,
  );
}
