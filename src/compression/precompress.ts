import { readdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Text formats worth compressing. Pagefind's own files (`.pf_meta`, `.pf_index`, `.pf_fragment`,
 * `.pf_filter`, `wasm.*.pagefind`) are gzip inside already: compressing them again gains nothing.
 */
export const PRECOMPRESSED_EXTENSIONS: readonly string[] = [".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt"];

export interface PrecompressOptions {
  /** Also write `.br`, for servers with brotli_static (Debian: libnginx-mod-http-brotli-static). */
  brotli: boolean;
}

export interface PrecompressReport {
  /** Text files found. */
  files: number;
  /** Their total size, and the total size of the `.gz` and `.br` files written (bytes). */
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

async function compressFile(file: string, options: PrecompressOptions): Promise<{ bytes: number; gzip: number; brotli: number }> {
  const original = await readFile(file);
  const gzipped = await gzipAsync(original, { level: constants.Z_BEST_COMPRESSION });
  const brotlied = options.brotli
    ? await brotliAsync(original, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
        },
      })
    : undefined;
  // A compressed copy that is not smaller (a tiny file) would only cost the reader.
  const keepGzip = gzipped.length < original.length;
  const keepBrotli = brotlied !== undefined && brotlied.length < original.length;
  if (keepGzip) await writeFile(`${file}.gz`, gzipped);
  if (keepBrotli) await writeFile(`${file}.br`, brotlied);
  return { bytes: original.length, gzip: keepGzip ? gzipped.length : 0, brotli: keepBrotli ? brotlied.length : 0 };
}

/**
 * Writes `file.gz` (and `file.br`) beside every text file of a built site, at maximum compression,
 * once per build: nginx's gzip_static / brotli_static then serve them without compressing anything
 * per request, and smaller than its on-the-fly gzip would. Hosts that ignore them lose nothing.
 */
export async function precompressSite(siteDir: string, options: PrecompressOptions): Promise<PrecompressReport> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && PRECOMPRESSED_EXTENSIONS.includes(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const report: PrecompressReport = { files: files.length, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  // zlib runs in libuv's thread pool: a few files at a time keep every core busy without holding the site in memory.
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const result = await compressFile(files[next++]!, options);
      report.bytes += result.bytes;
      report.gzipBytes += result.gzip;
      report.brotliBytes += result.brotli;
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return report;
}
