import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { repoRoot } from "../helpers/content-fixture.ts";
import { htmlToText, missingOrOutOfOrder, normalizeForFidelity, sourceSentences } from "../helpers/fidelity.ts";

let sentences: string[];
let siteDir: string;

beforeAll(async () => {
  siteDir = await builtSiteDir();
  sentences = sourceSentences(await readFile(path.join(repoRoot, "tests/fixtures/source/fiche-messagerie-instantanee.md"), "utf8"));
});

describe("site", () => {
  it("splits the source document into its sentences", () => {
    expect(sentences.length).toBeGreaterThan(40);
    expect(sentences).toContain("Les 6 points clés de la sécurisation des messageries instantanées");
    expect(sentences).toContain("vol d'identité,");
  });

  it("reports a missing sentence and a sentence out of order", () => {
    expect(missingOrOutOfOrder(["A b.", "C d."], "C d. A b.")).toEqual(["hors d'ordre : C d."]);
    expect(missingOrOutOfOrder(["A b."], "rien")).toEqual(["absente : A b."]);
  });

  it("keeps every sentence of the source, in order, in the fiche page", async () => {
    const html = await readFile(path.join(siteDir, "fiches/messagerie-instantanee/index.html"), "utf8");
    const header = /<header class="fiche-header">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? "";
    const body = /<div class="fiche-body">([\s\S]*?)<\/div>\s*<section class="fiche-extra/.exec(html)?.[1] ?? "";
    expect(body.length).toBeGreaterThan(1000);
    // The source sets its title in capitals; the page stores it in normal case and capitalises it
    // with CSS (text-transform), so that screen readers do not spell it out letter by letter.
    const [title, ...rest] = sentences;
    expect(normalizeForFidelity(htmlToText(header)).toUpperCase()).toContain(title!.toUpperCase());
    expect(missingOrOutOfOrder(rest, htmlToText(header) + " " + htmlToText(body))).toEqual([]);
  });

  it("keeps every sentence of the source, in order, in the PDF", () => {
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", path.join(siteDir, "pdf/messagerie-instantanee.pdf"), "-"], {
      encoding: "utf8",
    });
    const withoutMargins = text
      .split("\f")
      .map((page) =>
        page
          .replace(/^Messagerie instantanée\s*$/m, "")
          .replace(/^Mis à jour le .* · version .*$/m, "")
          .replace(/^Page \d+ \/ \d+\s*$/m, ""),
      )
      .join(" ");
    expect(missingOrOutOfOrder(sentences, withoutMargins)).toEqual([]);
  });
});
