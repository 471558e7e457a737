import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, lstat, mkdtemp, readdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalContentDir, repoRoot } from "../helpers/content-fixture.ts";
import { runTsx } from "../helpers/run-build.ts";

let work: string;
let site: string;
const contentDirs: Record<"A" | "B", string> = { A: minimalContentDir, B: "" };
const snapshots: Partial<Record<"A" | "B", string>> = {};

/** Every file of the site and its hash, as one string: two sites are equal when these are. */
async function fingerprint(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const lines: string[] = [];
  for (const entry of entries.filter((item) => item.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    lines.push(`${path.relative(dir, file)} ${createHash("sha256").update(await readFile(file)).digest("hex")}`);
  }
  return lines.sort().join("\n");
}

/** Which complete version `_site` is now, or a description of what is wrong with it. */
async function publishedVersion(): Promise<string> {
  if (!(await lstat(site).catch(() => undefined))) return "_site absent";
  const print = await fingerprint(site);
  if (print === snapshots.A) return "A";
  if (print === snapshots.B) return "B";
  const differences = (other: string) => {
    const theirs = new Set(other.split("\n"));
    const ours = new Set(print.split("\n"));
    return [...[...ours].filter((line) => !theirs.has(line)).map((line) => `+ ${line}`), ...[...theirs].filter((line) => !ours.has(line)).map((line) => `- ${line}`)];
  };
  const closest = [differences(snapshots.A ?? ""), differences(snapshots.B ?? "")].sort((a, b) => a.length - b.length)[0] ?? [];
  return `site mélangé ou incomplet, au plus près :\n${closest.slice(0, 20).join("\n")}`;
}

/** What is in `.build/` besides the published site and the folders that lead to it: what a killed build left. */
async function strays(): Promise<string[]> {
  const published = await realpath(site);
  const entries = await readdir(path.join(work, ".build"), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((entry) => entry !== published && !published.startsWith(`${entry}${path.sep}`) && !entry.startsWith(`${published}${path.sep}`))
    .map((entry) => path.relative(work, entry));
}

const env = (version: "A" | "B") => ({ FICHES_CONTENT_DIR: contentDirs[version], FICHES_SITE_DIR: site, FICHES_CACHE_DIR: path.join(work, `cache-${version}`) });
// A cache per version: its PDFs are printed once, so both versions stay the same bytes from build to build.

/**
 * Runs a real build and SIGKILLs it `delayMs` after its `lines`-th « ✓ » line (one per step), while
 * reading `_site/index.html` the whole time. Returns the reads that failed.
 */
function buildKilledAfter(version: "A" | "B", lines: number, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      cwd: repoRoot,
      env: { ...process.env, ...env(version) },
      stdio: ["ignore", "pipe", "ignore"],
    });
    const failedReads: string[] = [];
    let reading = true;
    void (async () => {
      while (reading) {
        await readFile(path.join(site, "index.html")).catch((error: Error) => failedReads.push(error.message));
      }
    })();
    let seen = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      const before = seen;
      seen += (chunk.toString().match(/^✓ /gm) ?? []).length;
      if (before < lines && seen >= lines) {
        if (delayMs === 0) child.kill("SIGKILL");
        else setTimeout(() => child.kill("SIGKILL"), delayMs);
      }
    });
    child.on("error", reject);
    child.on("exit", () => {
      reading = false;
      resolve(failedReads);
    });
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "fiches-killed-build-"));
  site = path.join(work, "_site");
  contentDirs.B = path.join(work, "content-b");
  await cp(minimalContentDir, contentDirs.B, { recursive: true });
  const siteYaml = path.join(contentDirs.B, "site.yaml");
  await writeFile(siteYaml, (await readFile(siteYaml, "utf8")).replace(/^tagline: .*$/m, "tagline: La seconde version du site"));
  await rm(path.join(contentDirs.B, "lexique/hameconnage.md"));
  for (const version of ["B", "A"] as const) {
    const result = await runTsx("scripts/build.ts", env(version));
    expect(result.stderr).toBe("");
    snapshots[version] = await fingerprint(site);
  }
  expect(snapshots.A).not.toBe(snapshots.B);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("build", () => {
  it("keeps _site a complete site, the previous or the new one, wherever a build is killed; the next build cleans up", async () => {
    const result = await runTsx("scripts/build.ts", env("A"));
    const steps = (result.stdout.match(/^✓ /gm) ?? []).length;
    expect(steps).toBeGreaterThanOrEqual(8);
    // After each step, then at moments right around the publish (after the last step's line).
    const kills = [
      ...Array.from({ length: steps }, (_, index) => ({ lines: index + 1, delayMs: 0 })),
      ...[2, 5, 10, 15, 20, 30, 50].map((delayMs) => ({ lines: steps, delayMs })),
    ];
    const outcomes: string[] = [];
    let leftovers = 0;
    for (const kill of kills) {
      const before = await publishedVersion();
      expect(before === "A" || before === "B").toBe(true);
      const failedReads = await buildKilledAfter(before === "A" ? "B" : "A", kill.lines, kill.delayMs);
      const after = await publishedVersion();
      outcomes.push(`${kill.lines}+${kill.delayMs}ms: ${before} → ${after}`);
      expect(failedReads, `lectures de _site/index.html en échec (${kill.lines}+${kill.delayMs} ms)`).toEqual([]);
      expect(after === "A" || after === "B", `${kill.lines}+${kill.delayMs} ms : ${after}`).toBe(true);
      if ((await strays()).length > 0) leftovers++;
    }
    // Some kills did leave a staging folder behind, so the clean-up below is really tested.
    expect(leftovers, outcomes.join("\n")).toBeGreaterThan(0);

    const last = await runTsx("scripts/build.ts", env("B"));
    expect(last.code).toBe(0);
    expect(await publishedVersion()).toBe("B");
    expect(await strays(), outcomes.join("\n")).toEqual([]);
  }, 900_000);
});
