import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtSiteDir } from "../../src/a11y/site-dir.ts";
import { securityHeaders } from "../../src/security/headers.ts";
import { repoRoot } from "../helpers/content-fixture.ts";

/** The real nginx, as deployed: Debian's package and its brotli_static module (`npm run setup` installs both). */
const NGINX = "/usr/sbin/nginx";
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
const SNIPPET = path.join(repoRoot, "deploy/nginx-fiches-pratiques.conf");

/** What nginx must answer for each kind of file of the site (Debian's /etc/nginx/mime.types and the snippet). */
const MIME_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".css": "text/css",
  ".js": "application/javascript",
  ".json": "application/json",
  ".xml": "text/xml",
  ".svg": "image/svg+xml",
  ".txt": "text/plain",
  ".csv": "text/csv",
  ".pdf": "application/pdf",
  ".png": "image/png",
  ".wasm": "application/wasm",
  // Pagefind's index and engine: gzip inside, fetched and read by pagefind.js, never shown.
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

interface Response {
  status: number;
  /** Header names in lower case, each with every value sent (to catch a header sent twice). */
  headers: Map<string, string[]>;
  body: Buffer;
}

let work: string;
let siteDir: string;
let nginx: ChildProcess | undefined;
let origin: string;
let wasmOrigin: string;
/** Site files, relative POSIX paths, without the precompressed copies. */
let files: string[];

function get(origin: string, urlPath: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${urlPath}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const all = new Map<string, string[]>();
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i]!.toLowerCase();
          all.set(name, [...(all.get(name) ?? []), res.rawHeaders[i + 1]!]);
        }
        resolve({ status: res.statusCode ?? 0, headers: all, body: Buffer.concat(chunks) });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const header = (response: Response, name: string) => response.headers.get(name.toLowerCase())?.join(", ");
const mimeType = (response: Response) => header(response, "Content-Type")?.split(";")[0];

/** Each security header of src/security/headers.ts, once, with its exact value; a mismatch names the URL. */
function expectSecurityHeaders(response: Response, url: string): void {
  const sent = Object.fromEntries(Object.keys(securityHeaders).map((name) => [name, response.headers.get(name.toLowerCase())]));
  const expected = Object.fromEntries(Object.entries(securityHeaders).map(([name, value]) => [name, [value]]));
  expect(sent, url).toEqual(expected);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== "object" || !address) throw new Error("aucun port libre");
  return address.port;
}

/** Whether a user other than the owner may cross every folder above `dir` (nginx's workers must). */
async function othersCanReach(dir: string): Promise<boolean> {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    if (((await stat(current)).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

beforeAll(async () => {
  if (!existsSync(NGINX) || !existsSync(BROTLI_MODULE)) {
    throw new Error(`nginx ou son module brotli_static est introuvable (${NGINX}, ${BROTLI_MODULE}) : lancez « npm run setup » en root, qui les installe.`);
  }
  const builtSite = await builtSiteDir();
  work = await mkdtemp(path.join(tmpdir(), "fiches-nginx-"));
  await chmod(work, 0o755);
  // Served where it is, through the `_site` link as in production; copied (modes kept) only when the
  // folders above the repository are closed to other users, as /root is.
  siteDir = builtSite;
  if (!(await othersCanReach(await realpath(builtSite)))) {
    siteDir = path.join(work, "site");
    await cp(await realpath(builtSite), siteDir, { recursive: true });
  }
  const wasmDir = path.join(work, "wasm");
  await mkdir(wasmDir, { mode: 0o755 });
  await writeFile(path.join(wasmDir, "moteur.wasm"), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), { mode: 0o644 });

  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  files = entries
    .filter((entry) => entry.isFile() && !/\.(gz|br)$/.test(entry.name))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();

  const [port, wasmPort] = [await freePort(), await freePort()];
  origin = `http://127.0.0.1:${port}`;
  wasmOrigin = `http://127.0.0.1:${wasmPort}`;
  const isRoot = process.getuid?.() === 0;
  const config = [
    `load_module ${BROTLI_MODULE};`,
    // Workers without privileges, as in production: a site only root can read fails here.
    isRoot ? "user nobody nogroup;" : "",
    "daemon off;",
    "worker_processes 1;",
    `pid ${work}/nginx.pid;`,
    `error_log ${work}/error.log warn;`,
    "events { worker_connections 64; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    `  access_log ${work}/access.log;`,
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${name}_temp_path ${work}/${name};`),
    `  server { listen 127.0.0.1:${port}; root ${siteDir}; include ${SNIPPET}; }`,
    `  server { listen 127.0.0.1:${wasmPort}; root ${wasmDir}; include ${SNIPPET}; }`,
    "}",
    "",
  ].join("\n");
  await writeFile(path.join(work, "nginx.conf"), config);
  let errors = "";
  nginx = spawn(NGINX, ["-p", work, "-c", path.join(work, "nginx.conf"), "-e", path.join(work, "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  nginx.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => nginx?.on("exit", () => resolve()));
  for (let attempt = 0; ; attempt++) {
    const ready = await Promise.race([get(origin, "/").then(() => true, () => false), exited.then(() => false)]);
    if (ready) break;
    if (nginx.exitCode !== null || attempt > 100) {
      const log = await readFile(path.join(work, "error.log"), "utf8").catch(() => "");
      throw new Error(`nginx n’a pas démarré : ${errors}${log}`);
    }
    await sleep(50);
  }
}, 60_000);

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx?.on("exit", resolve));
    nginx.kill("SIGQUIT");
    await Promise.race([exited, sleep(5_000).then(() => nginx?.kill("SIGKILL"))]);
  }
  if (work) await rm(work, { recursive: true, force: true });
});

describe("site", () => {
  describe("served by nginx with deploy/nginx-fiches-pratiques.conf", () => {
    it("answers 200 with the right type and the security headers for every address of the sitemap", async () => {
      const sitemap = await readFile(path.join(siteDir, "sitemap.xml"), "utf8");
      const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
      expect(urls.length).toBeGreaterThan(20);
      for (const url of urls) {
        const response = await get(origin, url);
        expect(`${url} ${response.status} ${mimeType(response)}`).toBe(`${url} 200 text/html`);
        expect(header(response, "Content-Type")).toBe("text/html; charset=utf-8");
        expectSecurityHeaders(response, url);
      }
    });

    it("serves every file of the site with its type and the security headers", async () => {
      const untyped = files.filter((file) => file !== "_headers" && MIME_TYPES[path.extname(file)] === undefined);
      expect(untyped).toEqual([]);
      for (const kind of [".pdf", ".pf_meta", ".pf_index", ".pf_fragment", "pagefind/pagefind.js", "pagefind/pagefind-entry.json"]) {
        expect(files.some((file) => file.endsWith(kind)), kind).toBe(true);
      }
      for (const file of files.filter((name) => name !== "_headers")) {
        const response = await get(origin, `/${file}`);
        expect(`${file} ${response.status} ${mimeType(response)}`).toBe(`${file} 200 ${MIME_TYPES[path.extname(file)]}`);
        expectSecurityHeaders(response, file);
        expect(response.body.equals(await readFile(path.join(siteDir, file))), file).toBe(true);
      }
    });

    it("serves WebAssembly as application/wasm", async () => {
      const response = await get(wasmOrigin, "/moteur.wasm");
      expect([response.status, mimeType(response)]).toEqual([200, "application/wasm"]);
      expectSecurityHeaders(response, "/moteur.wasm");
    });

    it("answers an unknown address with the 404 page, status 404 and the headers", async () => {
      const page404 = await readFile(path.join(siteDir, "404.html"));
      for (const url of ["/nulle-part/", "/fiches/inconnue/", "/_headers"]) {
        const response = await get(origin, url);
        expect(`${url} ${response.status} ${mimeType(response)}`).toBe(`${url} 404 text/html`);
        expect(response.body.equals(page404), url).toBe(true);
        expectSecurityHeaders(response, url);
      }
    });

    it("redirects a folder without its final slash (301) with the headers", async () => {
      const response = await get(origin, "/fiches");
      expect(response.status).toBe(301);
      expect(header(response, "Location")).toMatch(/\/fiches\/$/);
      expectSecurityHeaders(response, "/fiches");
    });

    it("serves the precompressed copies to browsers that accept them, identical once decompressed", async () => {
      const compressed = files.filter((file) => existsSync(path.join(siteDir, `${file}.gz`)));
      expect(compressed.length).toBeGreaterThan(50);
      for (const [encoding, accept, decompress] of [
        ["gzip", "gzip", gunzipSync],
        ["br", "br", brotliDecompressSync],
        ["br", "gzip, deflate, br", brotliDecompressSync],
      ] as const) {
        for (const file of compressed) {
          const original = await readFile(path.join(siteDir, file));
          const response = await get(origin, `/${file}`, { "Accept-Encoding": accept });
          expect(`${file} ${accept}: ${response.status} ${header(response, "Content-Encoding")} ${header(response, "Vary")}`).toBe(
            `${file} ${accept}: 200 ${encoding} Accept-Encoding`,
          );
          expect(mimeType(response), file).toBe(MIME_TYPES[path.extname(file)]);
          expect(decompress(response.body).equals(original), file).toBe(true);
          expectSecurityHeaders(response, file);
        }
      }
      const plain = await get(origin, "/");
      expect(header(plain, "Content-Encoding")).toBeUndefined();
      expect(plain.body.equals(await readFile(path.join(siteDir, "index.html")))).toBe(true);
    });

    it("serves a folder's page compressed too", async () => {
      const response = await get(origin, "/fiches/", { "Accept-Encoding": "br" });
      expect([response.status, header(response, "Content-Encoding")]).toEqual([200, "br"]);
      expect(brotliDecompressSync(response.body).equals(await readFile(path.join(siteDir, "fiches/index.html")))).toBe(true);
    });
  });
});
