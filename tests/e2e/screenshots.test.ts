import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { takeScreenshots } from "../../src/screenshots/take-screenshots.ts";

const run = promisify(execFile);

let outDir: string;
let siteDir: string;
let files: string[];

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(async () => {
  siteDir = await builtSiteDir();
  outDir = await mkdtemp(path.join(tmpdir(), "fiches-captures-"));
  files = await takeScreenshots({ siteDir, outDir, pages: [{ name: "plan-du-site", url: "/plan-du-site/" }] });
}, 180_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

it("writes one full-page image per width and colour scheme, as tall as the page", async () => {
  const shots = files.filter((file) => !file.includes(`${path.sep}pdf${path.sep}`)).map((file) => path.basename(file));
  expect(shots).toEqual(["plan-du-site-320-clair.png", "plan-du-site-320-sombre.png", "plan-du-site-1280-clair.png", "plan-du-site-1280-sombre.png"]);
  const narrow = await pngSize(path.join(outDir, "plan-du-site-320-clair.png"));
  const wide = await pngSize(path.join(outDir, "plan-du-site-1280-clair.png"));
  expect(narrow.width).toBe(320);
  expect(wide.width).toBe(1280);
  expect(narrow.height).toBeGreaterThan(640);
  expect(narrow.height).toBeGreaterThan(wide.height);
});

it("paints the dark scheme differently from the light one", async () => {
  const light = await readFile(path.join(outDir, "plan-du-site-1280-clair.png"));
  const dark = await readFile(path.join(outDir, "plan-du-site-1280-sombre.png"));
  expect(light.equals(dark)).toBe(false);
});

it("writes one image per page of every PDF", async () => {
  const pdfs = (await readdir(path.join(siteDir, "pdf"))).filter((file) => file.endsWith(".pdf"));
  let pages = 0;
  for (const pdf of pdfs) {
    const { stdout } = await run("pdfinfo", [path.join(siteDir, "pdf", pdf)]);
    pages += Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  }
  expect(pdfs.length).toBeGreaterThan(0);
  expect((await readdir(path.join(outDir, "pdf"))).filter((file) => file.endsWith(".png"))).toHaveLength(pages);
});
