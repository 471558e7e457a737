import { readdirSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeaders } from "../../../src/security/headers.ts";
import { startStaticServer, type RunningServer } from "../../../src/server/static-server.ts";

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const BIG_FILE_BYTES = 16 * 1024 * 1024;

let work: string;
let root: string;
let server: RunningServer;

/** A raw request: `fetch` would normalise the path (`/./`, `\`) before sending it, hiding the cases under test. */
function send(method: string, target: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, method, path: target, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

/** Starts a download of the big file and hangs up after its first bytes, as a closed browser tab does. */
function abortedDownload(): Promise<void> {
  const { port } = new URL(server.origin);
  return new Promise((resolve) => {
    const request = httpRequest({ host: "127.0.0.1", port, path: "/big.bin", agent: false }, (response) => {
      response.once("data", () => {
        request.destroy();
        resolve();
      });
    });
    request.on("error", () => resolve());
    request.on("close", () => resolve());
    request.end();
  });
}

function openFileDescriptors(): number {
  return readdirSync("/proc/self/fd").length;
}

function expectSecurityHeaders(answer: Answer): void {
  for (const [name, value] of Object.entries(securityHeaders)) expect(answer.headers[name.toLowerCase()], name).toBe(value);
}

/** A Location header may only name a path of this same site: one leading slash, then no slash or backslash. */
function expectSameOriginLocation(answer: Answer): void {
  const location = answer.headers.location;
  if (location === undefined) return;
  expect(location).toMatch(/^\/(?![/\\])/);
  expect(new URL(location, server.origin).origin).toBe(server.origin);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "fiches-static-server-"));
  root = path.join(work, "site");
  const outside = path.join(work, "outside");
  await mkdir(path.join(root, "fiches", "demo"), { recursive: true });
  await mkdir(path.join(root, "pagefind", "index"), { recursive: true });
  await mkdir(outside, { recursive: true });
  const files: Record<string, string | Buffer> = {
    "index.html": "<!doctype html><title>Accueil</title>",
    "404.html": "<!doctype html><title>Page introuvable</title>",
    "fiches/demo/index.html": "<!doctype html><title>Démo</title>",
    "style.css": "body{}",
    "app.js": "void 0;",
    "api.json": "{}",
    "flux.xml": "<feed/>",
    "logo.svg": "<svg/>",
    "image.png": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    "fiche.pdf": "%PDF-1.7",
    "module.wasm": Buffer.from([0, 0x61, 0x73, 0x6d]),
    "robots.txt": "User-agent: *",
    "pagefind/pagefind.pf_meta": "meta",
    "pagefind/index/fr_1.pf_index": "index",
    "pagefind/fragment/fr_1.pf_fragment": "fragment",
    "pagefind/filter/fr_1.pf_filter": "filter",
    "big.bin": Buffer.alloc(BIG_FILE_BYTES, 7),
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  await writeFile(path.join(outside, "secret.txt"), "SECRET");
  await writeFile(path.join(work, "secret.txt"), "SECRET");
  await symlink(outside, path.join(root, "escape"));
  await symlink(path.join(outside, "secret.txt"), path.join(root, "linked-secret.txt"));
  server = await startStaticServer(root, 0);
});

afterAll(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

describe("unit", () => {
  describe("startStaticServer", () => {
    it("listens on 127.0.0.1 only", () => {
      expect(new URL(server.origin).hostname).toBe("127.0.0.1");
    });

    it("serves pages with the production security headers", async () => {
      const answer = await send("GET", "/");
      expect(answer.status).toBe(200);
      expect(answer.body).toContain("Accueil");
      expectSecurityHeaders(answer);
    });

    it.each([
      ["/index.html", "text/html; charset=utf-8"],
      ["/style.css", "text/css; charset=utf-8"],
      ["/app.js", "text/javascript; charset=utf-8"],
      ["/api.json", "application/json; charset=utf-8"],
      ["/flux.xml", /^application\/xml(; charset=utf-8)?$/],
      ["/logo.svg", "image/svg+xml"],
      ["/image.png", "image/png"],
      ["/fiche.pdf", "application/pdf"],
      ["/module.wasm", "application/wasm"],
      ["/robots.txt", "text/plain; charset=utf-8"],
      ["/pagefind/pagefind.pf_meta", "application/octet-stream"],
      ["/pagefind/index/fr_1.pf_index", "application/octet-stream"],
      ["/pagefind/fragment/fr_1.pf_fragment", "application/octet-stream"],
      ["/pagefind/filter/fr_1.pf_filter", "application/octet-stream"],
    ])("serves %s as %s", async (target, type) => {
      const answer = await send("GET", target);
      expect(answer.status).toBe(200);
      if (typeof type === "string") expect(String(answer.headers["content-type"]).toLowerCase()).toBe(type);
      else expect(String(answer.headers["content-type"]).toLowerCase()).toMatch(type);
    });

    it("answers HEAD with the headers and no body", async () => {
      const answer = await send("HEAD", "/fiches/demo/");
      expect(answer.status).toBe(200);
      expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(answer.body).toBe("");
      expectSecurityHeaders(answer);
    });

    it("redirects a folder to its address with a trailing slash", async () => {
      const answer = await send("GET", "/fiches/demo?q=1");
      expect(answer.status).toBe(301);
      expect(answer.headers.location).toBe("/fiches/demo/?q=1");
      expectSecurityHeaders(answer);
    });

    it("answers 304 to a conditional request for an unchanged file, with the headers", async () => {
      const first = await send("GET", "/style.css");
      expect(first.headers.etag).toBeTruthy();
      const answer = await send("GET", "/style.css", { "If-None-Match": String(first.headers.etag) });
      expect(answer.status).toBe(304);
      expect(answer.body).toBe("");
      expectSecurityHeaders(answer);
    });

    it("serves 404.html with status 404 and the headers", async () => {
      for (const method of ["GET", "HEAD"]) {
        const answer = await send(method, "/nulle-part/");
        expect(answer.status).toBe(404);
        expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
        expect(answer.body).toBe(method === "GET" ? "<!doctype html><title>Page introuvable</title>" : "");
        expectSecurityHeaders(answer);
      }
    });

    it.each(["/%", "/%E0%A4%A", "/fiches/%zz/", "/index.html%00", "/%00/"])("answers 400 to the malformed address %s, and keeps running", async (target) => {
      const answer = await send("GET", target);
      expect(answer.status).toBe(400);
      expectSecurityHeaders(answer);
      expect((await send("GET", "/")).status).toBe(200);
    });

    it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])("answers 405 to %s, naming the allowed methods", async (method) => {
      const answer = await send(method, "/index.html");
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe("GET, HEAD");
      expectSecurityHeaders(answer);
    });

    it.each([
      "/.//other.host/..%2f",
      "/.//other.host/..%2F",
      "//evil.example/",
      "//evil.example",
      "//evil.example/..%2f",
      "/\\evil.example",
      "/\\evil.example/..%2f",
      "/%2fevil.example",
      "/%2f%2fevil.example/..%2f",
      "/%5cevil.example",
      "/%5c%5cevil.example/..%2f",
      "/./%2f/evil.example/..%2f..%2f",
      "///evil.example/%2e%2e",
    ])("never redirects %s to another site", async (target) => {
      const answer = await send("GET", target);
      expectSameOriginLocation(answer);
      expectSecurityHeaders(answer);
    });

    it.each([
      "/../secret.txt",
      "/fiches/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e%2fsecret.txt",
      "/fiches/..%2f..%2fsecret.txt",
      "/..%5csecret.txt",
      "/escape/secret.txt",
      "/linked-secret.txt",
      "/escape/",
    ])("serves nothing outside the site folder for %s", async (target) => {
      const answer = await send("GET", target);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.body).not.toContain("SECRET");
      expectSecurityHeaders(answer);
    });

    it("releases the file of every aborted download", { timeout: 120_000 }, async () => {
      const before = openFileDescriptors();
      const downloads = 2_000;
      const parallel = 50;
      for (let started = 0; started < downloads; started += parallel) {
        await Promise.all(Array.from({ length: Math.min(parallel, downloads - started) }, () => abortedDownload()));
      }
      let after = openFileDescriptors();
      for (let wait = 0; wait < 100 && after > before + 20; wait++) {
        await sleep(50);
        after = openFileDescriptors();
      }
      expect(after).toBeLessThanOrEqual(before + 20);
      expect((await send("GET", "/")).status).toBe(200);
    });
  });
});
