import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
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
export const PRECOMPRESSED_EXTENSIONS: readonly string[] = [".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".csv"];

export interface PrecompressOptions {
  /** Also write `.br`, for servers with brotli_static (Debian: libnginx-mod-http-brotli-static). */
  brotli: boolean;
  /**
   * Compressed copies kept between builds, named by the hash of what they compress: brotli at its
   * maximum quality costs about 1 s per MB, and most files do not change from one build to the next.
   * Entries the site no longer uses are removed.
   */
  cacheDir?: string;
}

export interface PrecompressReport {
  /** Text files found. */
  files: number;
  /** Their total size, and the total size of the `.gz` and `.br` files written (bytes). */
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
  /** Compressed copies taken from the cache instead of compressed again. */
  fromCache: number;
}

interface Encoding {
  /** File suffix, and the cache entry's: it names the settings, so a change of them misses the cache. */
  suffix: ".gz" | ".br";
  cacheSuffix: string;
  compress(data: Buffer): Promise<Buffer>;
}

const GZIP: Encoding = {
  suffix: ".gz",
  cacheSuffix: "-gzip9.gz",
  compress: (data) => gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
};

const BROTLI: Encoding = {
  suffix: ".br",
  cacheSuffix: "-brotli11.br",
  compress: (data) =>
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
};

/** Writes the compressed copy of `file` unless it is not smaller; returns its size, or 0. */
async function writeCompressed(file: string, original: Buffer, hash: string, encoding: Encoding, options: PrecompressOptions): Promise<{ bytes: number; cached: boolean }> {
  const target = `${file}${encoding.suffix}`;
  const cached = options.cacheDir && path.join(options.cacheDir, `${hash}${encoding.cacheSuffix}`);
  if (cached) {
    const size = (await stat(cached).catch(() => undefined))?.size;
    if (size !== undefined) {
      if (size >= original.length) return { bytes: 0, cached: true };
      // Another build sharing the cache may remove the entry meanwhile: then compress again.
      const copied = await copyFile(cached, target).then(() => true, () => false);
      if (copied) return { bytes: size, cached: true };
    }
  }
  const compressed = await encoding.compress(original);
  if (cached) {
    // Written whole, then renamed: a build killed half-way never leaves a truncated entry behind. A
    // cache that cannot be written (or another build pruning it) costs time next build, never this one.
    const partial = `${cached}.${process.pid}.partiel`;
    await writeFile(partial, compressed)
      .then(() => rename(partial, cached))
      .catch(() => rm(partial, { force: true }));
  }
  // A compressed copy that is not smaller (a tiny file) would only cost the reader.
  if (compressed.length >= original.length) return { bytes: 0, cached: false };
  await writeFile(target, compressed);
  return { bytes: compressed.length, cached: false };
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
  const encodings = options.brotli ? [GZIP, BROTLI] : [GZIP];
  if (options.cacheDir) await mkdir(options.cacheDir, { recursive: true });
  const used = new Set<string>();
  const report: PrecompressReport = { files: files.length, bytes: 0, gzipBytes: 0, brotliBytes: 0, fromCache: 0 };
  // zlib runs in libuv's thread pool: a few files at a time keep every core busy without holding the site in memory.
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const original = await readFile(file);
      const hash = createHash("sha256").update(original).digest("hex");
      report.bytes += original.length;
      for (const encoding of encodings) {
        used.add(`${hash}${encoding.cacheSuffix}`);
        const written = await writeCompressed(file, original, hash, encoding, options);
        if (encoding === GZIP) report.gzipBytes += written.bytes;
        else report.brotliBytes += written.bytes;
        if (written.cached) report.fromCache++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  if (options.cacheDir) {
    for (const name of await readdir(options.cacheDir)) {
      if (!used.has(name)) await rm(path.join(options.cacheDir, name), { force: true });
    }
  }
  return report;
}
