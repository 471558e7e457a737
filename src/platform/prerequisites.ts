import { accessSync, constants } from "node:fs";

/**
 * The Node.js lines our dependencies accept: on each listed major, its oldest minor; from the last
 * one on, every major (html-validate 10 needs 20.19 or 22.16; vitest 4 and html-validate refuse the
 * odd lines 21 and 23). package.json's engines.node says the same, as `nodeEnginesRange()`.
 */
export const SUPPORTED_NODE = [
  [20, 19],
  [22, 16],
  [24, 0],
] as const;

/** `^20.19.0 || ^22.16.0 || >=24.0.0`: SUPPORTED_NODE written as package.json's engines.node. */
export function nodeEnginesRange(): string {
  return SUPPORTED_NODE.map(([major, minor], i) => `${i === SUPPORTED_NODE.length - 1 ? ">=" : "^"}${major}.${minor}.0`).join(" || ");
}

/** Raised when the machine lacks something; its message is one line saying what to do. */
export class MissingPrerequisiteError extends Error {
  override name = "MissingPrerequisiteError";
}

export function checkNodeVersion(version: string = process.versions.node): void {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  const [latestMajor] = SUPPORTED_NODE[SUPPORTED_NODE.length - 1]!;
  const line = SUPPORTED_NODE.find(([supported]) => supported === major);
  if (major <= latestMajor && (line === undefined || minor < line[1])) {
    throw new MissingPrerequisiteError(
      `Node.js ${version} n’est pas pris en charge : installez Node.js ${latestMajor} LTS ou plus récent (ou Node.js 20.19+ ou 22.16+ à jour), puis relancez.`,
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
