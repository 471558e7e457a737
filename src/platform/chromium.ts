import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { findChromium } from "./prerequisites.ts";

/**
 * Flags for Debian's Chromium as root on a machine without network: no sandbox, no background
 * connections, and a profile of its own that nothing else shares.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-extensions",
  "--font-render-hinting=none",
];

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  userDataDir: string;
  /** Removes the fresh profile folder. */
  cleanup(): Promise<void>;
}

/** Everything puppeteer-core or pa11y needs to start the system Chromium with a fresh profile. */
export async function chromiumLaunchOptions(): Promise<ChromiumLaunch> {
  const executablePath = findChromium();
  const userDataDir = await mkdtemp(path.join(tmpdir(), "fiches-chromium-"));
  return {
    executablePath,
    args: [...CHROMIUM_ARGS],
    userDataDir,
    cleanup: () => rm(userDataDir, { recursive: true, force: true }),
  };
}
