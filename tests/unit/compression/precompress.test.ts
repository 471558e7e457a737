import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { precompressSite } from "../../../src/compression/precompress.ts";

let work: string;
let site: string;
let cache: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "fiches-precompress-"));
  site = path.join(work, "site");
  cache = path.join(work, "cache");
  await mkdir(site);
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const sha256 = (data: string) => createHash("sha256").update(data).digest("hex");

const text = (name: string) => `<!-- ${name} -->\n${"Une fiche pratique sur la messagerie chiffrée de bout en bout. ".repeat(40)}`;
const TEXT_FILES = ["index.html", "assets/css/site.css", "assets/js/search.js", "api/lexique.json", "sitemap.xml", "assets/favicon.svg", "robots.txt", "pagefind/pagefind.js", "pagefind/pagefind-entry.json"];
const OTHER_FILES = ["pdf/fiche.pdf", "pagefind/fragment/fr_1.pf_fragment", "pagefind/index/fr_1.pf_index", "pagefind/pagefind.fr_1.pf_meta", "pagefind/wasm.fr.pagefind", "_headers"];

async function write(file: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(site, file)), { recursive: true });
  await writeFile(path.join(site, file), content);
}

describe("unit", () => {
  describe("precompressSite", () => {
    it("writes .gz and .br beside every text file, which decompress to the original", async () => {
      for (const file of TEXT_FILES) await write(file, text(file));
      const report = await precompressSite(site, { brotli: true });
      expect(report.files).toBe(TEXT_FILES.length);
      for (const file of TEXT_FILES) {
        const original = await readFile(path.join(site, file));
        expect(gunzipSync(await readFile(path.join(site, `${file}.gz`)))).toEqual(original);
        expect(brotliDecompressSync(await readFile(path.join(site, `${file}.br`)))).toEqual(original);
      }
      expect(report.gzipBytes).toBeLessThan(report.bytes / 5);
      expect(report.brotliBytes).toBeLessThan(report.gzipBytes);
    });

    it("leaves alone PDFs, Pagefind's files (gzip inside already) and files without a text extension", async () => {
      for (const file of OTHER_FILES) await write(file, file.includes("pf_") || file.endsWith(".pagefind") ? gzipSync(text(file)) : text(file));
      const report = await precompressSite(site, { brotli: true });
      expect(report.files).toBe(0);
      const all = await readdir(site, { recursive: true });
      expect(all.filter((file) => /\.(gz|br)$/.test(file))).toEqual([]);
    });

    it("compresses at the highest level", async () => {
      await write("index.html", text("index.html"));
      await precompressSite(site, { brotli: false });
      const original = await readFile(path.join(site, "index.html"));
      expect((await readFile(path.join(site, "index.html.gz"))).length).toBe(gzipSync(original, { level: 9 }).length);
    });

    it("writes no .br without brotli, and no copy that is not smaller than the original", async () => {
      await write("index.html", text("index.html"));
      await write("tiny.txt", "a");
      await precompressSite(site, { brotli: false });
      expect((await readdir(site)).sort()).toEqual(["index.html", "index.html.gz", "tiny.txt"]);
    });

    it("takes from the cache the copies of files that did not change, and keeps only the entries still used", async () => {
      const page = text("index.html");
      await write("index.html", page);
      const first = await precompressSite(site, { brotli: true, cacheDir: cache });
      expect(first.fromCache).toBe(0);
      expect((await readdir(cache)).sort()).toEqual([`${sha256(page)}-brotli11.br`, `${sha256(page)}-gzip9.gz`]);

      // An entry the site no longer uses, one from a build killed while writing, and a planted copy
      // (gzip level 1, different bytes) that must be served as is, proving the cache is read.
      const planted = gzipSync(page, { level: 1 });
      await writeFile(path.join(cache, `${sha256(page)}-gzip9.gz`), planted);
      await writeFile(path.join(cache, `${sha256("ancienne page")}-gzip9.gz`), gzipSync("ancienne page"));
      await writeFile(path.join(cache, `${sha256("autre")}-gzip9.gz.123.partiel`), "tronqué");
      await rm(path.join(site, "index.html.gz"));
      const second = await precompressSite(site, { brotli: true, cacheDir: cache });
      expect(second.fromCache).toBe(2);
      expect(await readFile(path.join(site, "index.html.gz"))).toEqual(planted);
      expect((await readdir(cache)).sort()).toEqual([`${sha256(page)}-brotli11.br`, `${sha256(page)}-gzip9.gz`]);
    });

    it("compresses a changed file again instead of reusing the copy of its old content", async () => {
      await write("index.html", text("v1"));
      await precompressSite(site, { brotli: false, cacheDir: cache });
      await write("index.html", text("v2"));
      const report = await precompressSite(site, { brotli: false, cacheDir: cache });
      expect(report.fromCache).toBe(0);
      expect(gunzipSync(await readFile(path.join(site, "index.html.gz"))).toString()).toBe(text("v2"));
    });
  });
});
