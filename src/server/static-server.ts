import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { securityHeaders } from "../security/headers.ts";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath);
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (candidate !== root && !candidate.startsWith(`${root}${path.sep}`)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = path.join(candidate, "index.html");
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Serves a built site on 127.0.0.1 with the production security headers, the way a static host
 * would (index.html for folders, 404.html with status 404), for tests, audits and previews.
 */
export async function startStaticServer(root: string, port = 0): Promise<RunningServer> {
  const absoluteRoot = path.resolve(root);
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let file = await resolveFile(absoluteRoot, url.pathname);
    let status = 200;
    if (file && !url.pathname.endsWith("/") && file.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith(".html")) {
      response.writeHead(301, { ...securityHeaders, Location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    if (!file) {
      file = await resolveFile(absoluteRoot, "/404.html");
      status = 404;
    }
    if (!file) {
      response.writeHead(404, { ...securityHeaders, "Content-Type": "text/plain; charset=utf-8" });
      response.end("Introuvable");
      return;
    }
    response.writeHead(status, {
      ...securityHeaders,
      "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
