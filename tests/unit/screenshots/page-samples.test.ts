import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { pageSamples } from "../../../src/screenshots/page-samples.ts";

let siteDir: string | undefined;

afterEach(async () => {
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

async function siteWith(folders: string[]): Promise<string> {
  siteDir = await mkdtemp(path.join(tmpdir(), "fiches-samples-"));
  for (const folder of folders) await mkdir(path.join(siteDir, folder), { recursive: true });
  return siteDir;
}

it("shows every fiche and the first item of each other content type, read from the built folders", async () => {
  const dir = await siteWith(["fiches/b", "fiches/a", "risques/vol", "risques/arnaque", "points-cles/mises-a-jour", "lexique/virus", "lexique/adresse-ip"]);
  const samples = await pageSamples(dir);
  expect(samples.filter((sample) => /^\/(fiches|risques|points-cles|lexique)\/[^/]+\/$/.test(sample.url))).toEqual([
    { name: "fiche-a", url: "/fiches/a/" },
    { name: "fiche-b", url: "/fiches/b/" },
    { name: "risque", url: "/risques/arnaque/" },
    { name: "point-cle", url: "/points-cles/mises-a-jour/" },
    { name: "terme", url: "/lexique/adresse-ip/" },
  ]);
});

it("names each sample once, so no screenshot overwrites another", async () => {
  const samples = await pageSamples(await siteWith(["fiches/a", "risques/r", "points-cles/p", "lexique/t"]));
  expect(new Set(samples.map((sample) => sample.name)).size).toBe(samples.length);
  expect(samples.map((sample) => sample.url)).toContain("/404.html");
});
