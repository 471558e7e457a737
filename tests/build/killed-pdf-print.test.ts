import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalContentDir, repoRoot } from "../helpers/content-fixture.ts";
import { processTreeMatching, stillAlive } from "../helpers/processes.ts";

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "fiches-killed-print-"));
});

afterAll(async () => {
  // Whatever the outcome, leave no browser of this test behind.
  for (const info of processTreeMatching(path.join(work, "tmp"))) process.kill(info.pid, "SIGKILL");
  await rm(work, { recursive: true, force: true });
});

describe("build", () => {
  it("leaves no Chromium running when the build is killed while printing PDFs", async () => {
    // The build's own temporary folder: its Chromium profile (--user-data-dir) is made there, so
    // this build's browser is told apart from any other on the machine by its command line.
    const buildTmp = path.join(work, "tmp");
    await mkdir(buildTmp);
    const build = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      cwd: repoRoot,
      env: {
        ...process.env,
        TMPDIR: buildTmp,
        FICHES_CONTENT_DIR: minimalContentDir,
        FICHES_SITE_DIR: path.join(work, "_site"),
        // Empty: every PDF is really printed.
        FICHES_CACHE_DIR: path.join(work, "cache"),
      },
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => build.on("exit", resolve));

    // Wait until Chromium renders a page (a renderer process among the browser's descendants).
    let browser = processTreeMatching(buildTmp);
    const deadline = Date.now() + 90_000;
    while (!browser.some((info) => info.cmdline.includes("--type=renderer"))) {
      expect(Date.now(), "Chromium n’a jamais démarré").toBeLessThan(deadline);
      await sleep(20);
      browser = processTreeMatching(buildTmp);
    }
    expect(browser.length).toBeGreaterThan(1);
    build.kill("SIGKILL");
    await exited;

    const killedAt = Date.now();
    let survivors = browser.filter(stillAlive);
    while (survivors.length > 0 && Date.now() - killedAt < 5_000) {
      await sleep(50);
      survivors = [...browser.filter(stillAlive), ...processTreeMatching(buildTmp)];
    }
    expect(survivors.map((info) => `${info.pid} ${info.cmdline.slice(0, 80)}`)).toEqual([]);
  });
});
