import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { builtHtmlPages } from "../helpers/built-pages.ts";
import { repoRoot } from "../helpers/content-fixture.ts";
import { decodeEntities as decodeHtmlEntities } from "../helpers/html-entities.ts";

/**
 * The published accessibility statement against the audit grid, read here from the YAML files
 * without the site's code: the statement may only say what the grid says.
 */
type Status = "conforme" | "non conforme" | "non applicable";
interface Row {
  criterion: string;
  page: string;
  status: Status;
  evidence: string;
  unverified?: string;
}

const auditDir = path.join(repoRoot, "content/accessibilite");
let siteDir: string;
let criteria: string[];
let sample: { id: string; title: string; url: string }[];
let rows: Row[];
let statement: string;

const words = (text: string) => decodeHtmlEntities(text.replace(/<[^>]+>/g, "")).replace(/[\s\u00A0\u202F]+/g, " ").trim();

/** What the grid says, computed the RGAA way: one failing page fails the criterion. */
function criterionStatus(id: string): Status {
  const statuses = rows.filter((row) => row.criterion === id).map((row) => row.status);
  if (statuses.includes("non conforme")) return "non conforme";
  return statuses.every((status) => status === "non applicable") ? "non applicable" : "conforme";
}

/** The `data-criterion` ids of the list the page marks with `marker`. */
function listedCriteria(marker: string): string[] {
  const start = statement.indexOf(marker);
  if (start === -1) return [];
  const list = statement.slice(start, statement.indexOf("<h3>", start));
  return [...list.matchAll(/<li data-criterion="([^"]+)">/g)].map((match) => match[1]!);
}

beforeAll(async () => {
  siteDir = await builtSiteDir();
  const referential = parseYaml(await readFile(path.join(auditDir, "criteres.yaml"), "utf8")) as { themes: { criteria: { id: string }[] }[] };
  criteria = referential.themes.flatMap((theme) => theme.criteria.map((criterion) => criterion.id));
  sample = (parseYaml(await readFile(path.join(auditDir, "audit.yaml"), "utf8")) as { pages: typeof sample }).pages;
  rows = [];
  for (let theme = 1; theme <= 13; theme++) {
    const file = (await readdir(path.join(auditDir, "grille"))).find((name) => name.startsWith(`${String(theme).padStart(2, "0")}-`));
    if (file) rows.push(...(parseYaml(await readFile(path.join(auditDir, "grille", file), "utf8")) as { rows: Row[] }).rows);
  }
  statement = await readFile(path.join(siteDir, "accessibilite/index.html"), "utf8");
});

describe("site", () => {
  it("holds one verdict with evidence for each of the 106 criteria on each page of the sample", () => {
    expect(criteria).toHaveLength(106);
    expect(sample.length).toBeGreaterThanOrEqual(15);
    const expected = criteria.flatMap((criterion) => sample.map((page) => `${criterion} ${page.id}`));
    expect(rows.map((row) => `${row.criterion} ${row.page}`).sort()).toEqual(expected.sort());
    expect(rows.filter((row) => row.evidence.trim().length < 20).map((row) => `${row.criterion} ${row.page}`)).toEqual([]);
  });

  it("audits pages that exist in the built site", async () => {
    for (const page of sample) {
      const file = page.url.split("?")[0]!.endsWith("/") ? `${page.url.split("?")[0]}index.html` : page.url;
      await expect(stat(path.join(siteDir, file)), page.url).resolves.toBeTruthy();
    }
  });

  it("states the rate and the state the grid gives, « totalement conforme » only when every applicable criterion conforms", () => {
    const statuses = criteria.map(criterionStatus);
    const conforming = statuses.filter((status) => status === "conforme").length;
    const applicable = conforming + statuses.filter((status) => status === "non conforme").length;
    const rate = Math.floor((conforming / applicable) * 1000 + 1e-9) / 10;
    const unverified = rows.some((row) => row.unverified && criterionStatus(row.criterion) !== "non conforme");
    const state = rate === 100 && !unverified ? "totalement conforme" : rate >= 50 ? "partiellement conforme" : "non conforme";
    expect(statement).toContain(`data-compliance-state="${state}"`);
    expect(statement).toContain(`<strong>${state}</strong>`);
    expect(statement).toContain(`data-compliance-rate="${rate}"`);
    expect(words(statement)).toContain(`${String(rate).replace(".", ",")} % des critères du RGAA version 4.1.2 sont respectés (${conforming} critères conformes sur ${applicable} applicables`);
    if (state !== "totalement conforme") expect(statement).not.toMatch(/<strong>totalement conforme<\/strong>|"totalement conforme"/);
  });

  it("lists exactly the non-conforming criteria of the grid, each with the pages that fail it", () => {
    const failing = criteria.filter((id) => criterionStatus(id) === "non conforme");
    expect(listedCriteria("<ul data-non-conformities>")).toEqual(failing);
    for (const row of rows.filter((candidate) => candidate.status === "non conforme")) {
      const title = sample.find((page) => page.id === row.page)!.title;
      expect(words(statement), `${row.criterion} ${row.page}`).toContain(words(`${title} : ${row.evidence}`));
    }
    if (failing.length === 0) expect(words(statement)).toContain("L’audit n’a relevé aucune non-conformité.");
  });

  it("lists the criteria still awaiting a screen reader, and no other", () => {
    const awaiting = criteria.filter((id) => criterionStatus(id) !== "non conforme" && rows.some((row) => row.criterion === id && row.unverified));
    expect(listedCriteria("<ul data-unverified>")).toEqual(awaiting);
  });

  it("names every page of the sample, with its link", () => {
    const start = statement.indexOf("<ul data-audit-sample>");
    const list = statement.slice(start, statement.indexOf("</ul>", start));
    expect([...list.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((match) => [decodeHtmlEntities(match[1]!), words(match[2]!)])).toEqual(
      sample.map((page) => [page.url, words(page.title)]),
    );
  });

  it("offers the whole grid as a spreadsheet, one line per verdict, with the grid's statuses", async () => {
    expect(statement).toContain('href="/accessibilite/grille-audit-rgaa.csv" type="text/csv"');
    const csv = await readFile(path.join(siteDir, "accessibilite/grille-audit-rgaa.csv"), "utf8");
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toHaveLength(rows.length + 1);
    const statusOf = (line: string) => /,(conforme|non conforme|non applicable),/.exec(line)?.[1];
    const fromCsv = lines.slice(1).map((line) => `${line.split(",")[1]} ${statusOf(line)}`);
    expect(fromCsv.sort()).toEqual(rows.map((row) => `${row.criterion} ${row.status}`).sort());
  });

  it("shows the same state in the footer of every page", async () => {
    const state = /data-compliance-state="([^"]+)"/.exec(statement)![1];
    const pages = await builtHtmlPages(siteDir);
    const footers = await Promise.all(
      pages.map(async (file) => {
        const html = await readFile(file, "utf8");
        return /<a href="\/accessibilite\/"[^>]*>([^<]*)<\/a>/.exec(html.slice(html.indexOf("<footer")))?.[1];
      }),
    );
    expect(new Set(footers.map((label) => label && words(label)))).toEqual(new Set([`Accessibilité : ${state}`]));
  });
});
